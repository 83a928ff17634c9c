package pipeline

import (
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
)

// ArticleFiles lists the article files under dir, sorted, as frise and
// frise-beam read a directory: text (.txt) or JSONL (.jsonl, .ndjson),
// gzipped or not; other files are left out.
func ArticleFiles(dir string) ([]string, error) {
	var found []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && IsArticleFile(d.Name()) {
			found = append(found, p)
		}
		return nil
	})
	slices.Sort(found)
	return found, err
}

// IsArticleFile reports whether a file of that name holds articles: text
// (.txt) or JSONL (.jsonl, .ndjson), possibly gzipped.
func IsArticleFile(name string) bool {
	n := strings.TrimSuffix(strings.ToLower(name), ".gz")
	return strings.HasSuffix(n, ".txt") || strings.HasSuffix(n, ".jsonl") || strings.HasSuffix(n, ".ndjson")
}
