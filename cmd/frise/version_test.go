package main

import (
	"bytes"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		bi   debug.BuildInfo
		want string
	}{
		{"release", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}}, "v1.2.0, go1.26.8"},
		{"commit", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-12-07T18:00:00Z"}, {Key: "vcs.modified", Value: "true"}}},
			"devel 0123456789ab+dirty 2026-12-07T18:00:00Z, go1.26.8"},
		{"nothing known", debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "devel"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := versionOf(&tc.bi); got != tc.want {
				t.Errorf("versionOf = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestVersionFlag: frise --version prints the version from the build
// information, and exits 0.
func TestVersionFlag(t *testing.T) {
	var out, errb bytes.Buffer
	code := Main([]string{"--version"}, streams{In: strings.NewReader(""), Out: &out, Err: &errb, Getenv: func(string) (string, bool) { return "", false }, Dir: t.TempDir()})
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	if want := "frise version " + version() + "\n"; out.String() != want {
		t.Errorf("stdout %q, want %q", out.String(), want)
	}
}
