package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

func env(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func flags(t *testing.T, args ...string) *pflag.FlagSet {
	t.Helper()
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	AddFlags(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return fs
}

func writeFile(t *testing.T, dir, body string) string {
	t.Helper()
	p := filepath.Join(dir, FileName)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPrecedence(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "timezone: Europe/Paris\ntitle: from file\nmax_article_bytes: 3\n")
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want func(c *Config)
	}{
		{"file over default", nil, nil, func(c *Config) { c.Timezone, c.Title, c.MaxArticleBytes = "Europe/Paris", "from file", 3 }},
		{"env over file", map[string]string{"FRISE_TITLE": "from env", "FRISE_MAX_ARTICLE_BYTES": "5"}, nil,
			func(c *Config) { c.Timezone, c.Title, c.MaxArticleBytes = "Europe/Paris", "from env", 5 }},
		{"flag over env", map[string]string{"FRISE_TITLE": "from env"}, []string{"--title", "from flag", "-o", "x.html"},
			func(c *Config) {
				c.Timezone, c.Title, c.MaxArticleBytes, c.Output = "Europe/Paris", "from flag", 3, "x.html"
			}},
		{"unset flag does not override", map[string]string{"FRISE_TITLE": "from env"}, []string{"--format", "json"},
			func(c *Config) {
				c.Timezone, c.Title, c.MaxArticleBytes, c.Format = "Europe/Paris", "from env", 3, "json"
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Load(Source{Dir: dir, Getenv: env(tt.env), Flags: flags(t, tt.args...)})
			if err != nil {
				t.Fatal(err)
			}
			want := Default()
			tt.want(&want)
			if got != want {
				t.Errorf("got %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestDefaultsWithoutFile(t *testing.T) {
	got, err := Load(Source{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if got != Default() {
		t.Errorf("got %+v, want the defaults", got)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, file string
		env        map[string]string
		args       []string
		want       []string // every piece must be in the message
	}{
		{"unknown key", "colour: red\n", nil, nil, []string{"unknown key \"colour\"", FileName, "known keys"}},
		{"wrong type in file", "max_article_bytes: many\n", nil, nil, []string{"max_article_bytes", "many", FileName, "whole number"}},
		{"wrong type in env", "", map[string]string{"FRISE_MAX_ARTICLE_BYTES": "lots"}, nil, []string{"max_article_bytes", "lots", "FRISE_MAX_ARTICLE_BYTES"}},
		{"bad theme", "theme: neon\n", nil, nil, []string{"theme \"neon\"", "white or dark"}},
		{"bad format", "format: gif\n", nil, nil, []string{"format \"gif\"", "html, json, jsonl"}},
		{"wrong type of bool", "offline: maybe\n", nil, nil, []string{"offline", "maybe", "true or false"}},
		{"bad prefer", "", map[string]string{"FRISE_PREFER": "sideways"}, nil, []string{"prefer \"sideways\""}},
		{"unknown language", "lang: de\n", nil, nil, []string{"lang \"de\"", "want fr or en"}},
		{"unknown timezone", "timezone: Mars/Olympus\n", nil, nil, []string{"timezone \"Mars/Olympus\"", "IANA"}},
		{"bad anchor", "", nil, []string{"--anchor", "2022-13-01"}, []string{"anchor \"2022-13-01\"", "YYYY-MM-DD"}},
		{"not yaml", "title: [unclosed\n", nil, nil, []string{FileName}},
		{"no height", "", nil, []string{"--height", "0px"}, []string{"height \"0px\"", "above 0"}},
		{"height without unit", "height: 640\n", nil, nil, []string{"height \"640\"", "px"}},
		{"negative width", "", nil, []string{"--width", "-5px"}, []string{"width \"-5px\""}},
		{"huge height", "", map[string]string{"FRISE_HEIGHT": "100001px"}, nil, []string{"height \"100001px\"", "at most 100000"}},
		{"css in a size", "", nil, []string{"--width", "1px;color:red"}, []string{"width \"1px;color:red\""}},
		{"tab in the echarts URL", "", nil, []string{"--echarts-url", "https://x.example/e.js\t*"}, []string{"echarts_url", "'\\t'", "printable"}},
		{"space in the echarts URL", "echarts_url: 'https://x.example/e.js *'\n", nil, nil, []string{"echarts_url", "' '"}},
		{"script URL", "", nil, []string{"--echarts-url", "javascript:alert(1)"}, []string{"echarts_url", "scheme \"javascript\""}},
		{"URL with no host", "", nil, []string{"--echarts-url", "https:///e.js"}, []string{"echarts_url", "no host"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.file != "" {
				writeFile(t, dir, tt.file)
			}
			_, err := Load(Source{Dir: dir, Getenv: env(tt.env), Flags: flags(t, tt.args...)})
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

func TestExplicitFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "other.yaml")
	if err := os.WriteFile(p, []byte("title: other\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load(Source{File: p, Dir: t.TempDir()})
	if err != nil || c.Title != "other" {
		t.Fatalf("Load(--config %s) = %+v, %v", p, c, err)
	}
	if _, err := Load(Source{File: filepath.Join(dir, "missing.yaml")}); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("a missing --config file: err = %v, want one naming it", err)
	}
}

// TestKeysDocumentEveryField keeps the documentation, the flags and the
// struct in step: a new field without a key entry fails here.
func TestKeysDocumentEveryField(t *testing.T) {
	documented := map[string]bool{}
	for _, k := range Keys() {
		if k.Usage == "" || k.Env == "" || k.Flag == "" {
			t.Errorf("key %q is not fully documented: %+v", k.Name, k)
		}
		documented[k.Name] = true
	}
	rt := reflect.TypeOf(Config{})
	fs := flags(t)
	serve := pflag.NewFlagSet("serve", pflag.ContinueOnError)
	AddFlags(serve, ServeKeys()...)
	for i := range rt.NumField() {
		name := rt.Field(i).Tag.Get("mapstructure")
		if !documented[name] {
			t.Errorf("field %s (key %q) has no Keys entry", rt.Field(i).Name, name)
		}
		if fs.Lookup(flagName(name)) == nil && serve.Lookup(flagName(name)) == nil {
			t.Errorf("key %q has no flag", name)
		}
	}
}

// TestServeKeys: the service's keys are flags of frise serve alone, read
// through the same layers as the others, durations included.
func TestServeKeys(t *testing.T) {
	if fs := flags(t); fs.Lookup("addr") != nil || fs.Lookup("max-in-flight") != nil {
		t.Error("frise serve's flags are on every command")
	}
	dir := t.TempDir()
	writeFile(t, dir, "addr: \":9000\"\nrequest_timeout: 5s\nmax_queue: 3\n")
	fs := pflag.NewFlagSet("serve", pflag.ContinueOnError)
	AddFlags(fs, ServeKeys()...)
	if err := fs.Parse([]string{"--queue-wait", "250ms"}); err != nil {
		t.Fatal(err)
	}
	c, err := Load(Source{Dir: dir, Getenv: env(map[string]string{"FRISE_MAX_IN_FLIGHT": "4"}), Flags: fs})
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != ":9000" || c.RequestTimeout != 5*time.Second || c.MaxQueue != 3 || c.MaxInFlight != 4 || c.QueueWait != 250*time.Millisecond {
		t.Errorf("got addr %q, request_timeout %v, max_queue %d, max_in_flight %d, queue_wait %v",
			c.Addr, c.RequestTimeout, c.MaxQueue, c.MaxInFlight, c.QueueWait)
	}
	for _, tc := range []struct{ env, want string }{
		{"FRISE_REQUEST_TIMEOUT=soon", `request_timeout = "soon" in FRISE_REQUEST_TIMEOUT: want a duration`},
		{"FRISE_ADDR=nowhere", `addr "nowhere": want host:port`},
		{"FRISE_MAX_ARTICLES=0", "max_articles 0: want a positive number"},
		{"FRISE_SHUTDOWN_TIMEOUT=-1s", "shutdown_timeout -1s: want a positive duration"},
	} {
		k, v, _ := strings.Cut(tc.env, "=")
		_, err := Load(Source{Getenv: env(map[string]string{k: v})})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.env, err, tc.want)
		}
	}
}

// TestSizesAndURLs: the sizes and URLs a user gives in plain forms pass.
func TestSizesAndURLs(t *testing.T) {
	for _, args := range [][]string{
		{"--width", "100%", "--height", "640px"},
		{"--width", "1200px", "--height", "80vh"},
		{"--height", "42.5em", "--echarts-url", "vendor/echarts.min.js"},
		{"--echarts-url", "https://cdn.example.org/npm/echarts@5.5.1/dist/echarts.min.js?v=1"},
		{"--echarts-url", "http://localhost:8080/echarts.js"},
	} {
		if _, err := Load(Source{Dir: t.TempDir(), Getenv: env(nil), Flags: flags(t, args...)}); err != nil {
			t.Errorf("%v: %v", args, err)
		}
	}
}
