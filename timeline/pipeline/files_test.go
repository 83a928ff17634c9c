package pipeline

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestArticleFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b/afp.JSONL.gz", "a.txt", "b/notes.md", "c.ndjson", "z/photo.png", "b/a.txt"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := ArticleFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, name := range []string{"a.txt", "b/a.txt", "b/afp.JSONL.gz", "c.ndjson"} {
		want = append(want, filepath.Join(dir, name))
	}
	if !slices.Equal(got, want) {
		t.Errorf("ArticleFiles = %q, want %q", got, want)
	}
	if _, err := ArticleFiles(filepath.Join(dir, "missing")); err == nil {
		t.Error("ArticleFiles of a missing directory: no error")
	}
}
