package config

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad: any frise.yaml gives a configuration or an error, never a
// panic, and a configuration it gives is valid.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"timezone: Europe/Paris\ntitle: x\n",
		"colour: red\n",
		"max_article_bytes: many\n",
		"offline: maybe\nlanes: source\n",
		"title: [unclosed\n",
		"format:\n  nested: 1\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, yaml string) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, FileName), []byte(yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		c, err := Load(Source{Dir: dir})
		if err == nil {
			if verr := c.Validate(); verr != nil {
				t.Fatalf("Load accepted an invalid configuration: %v", verr)
			}
		}
	})
}
