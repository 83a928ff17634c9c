package chromium

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestFind(t *testing.T) {
	dir := t.TempDir()
	fake := filepath.Join(dir, "my-chrome")
	if err := os.WriteFile(fake, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(fake); err != nil || got != fake {
		t.Errorf("Find(%q) = %q, %v", fake, got, err)
	}
	// A Chromium on PATH under one of its usual names.
	bin := t.TempDir()
	edge := filepath.Join(bin, "microsoft-edge")
	if err := os.WriteFile(edge, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin)
	if got, err := Find(""); err != nil || got != edge {
		t.Errorf("Find on PATH = %q, %v; want %s", got, err, edge)
	}
	if _, err := Find(filepath.Join(dir, "none")); !errors.Is(err, ErrNotFound) {
		t.Errorf("a named browser that is not there: %v, want ErrNotFound", err)
	}
	if !slices.Contains(places("darwin"), "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome") {
		t.Error("macOS' Chrome is not looked for")
	}
}
