package main

import (
	"context"
	"fmt"
	"iter"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"frise/timeline"
)

// orderKey places an article in the input as frise reads it: the input
// pattern's index, the file (a glob's files sorted), the article's index
// in the file (among what the library's reader yields from it: articles
// and errors).
func orderKey(pattern int, file string, seq int) string {
	// NUL sorts before any byte of a path: "a.txt" before "a.txt.gz".
	return fmt.Sprintf("%04d\x00%s\x00%012d", pattern, file, seq)
}

// readAgain yields the articles of file at the given indexes, read by the
// library's reader through Beam's file systems.
func (p *proc) readAgain(ctx context.Context, file string, want map[int]bool) iter.Seq2[int, *timeline.Article] {
	return func(yield func(int, *timeline.Article) bool) {
		fs, err := filesystem.New(ctx, file)
		if err != nil {
			p.err = err
			return
		}
		defer fs.Close()
		rc, err := fs.OpenRead(ctx, file)
		if err != nil {
			p.err = fmt.Errorf("read %s: %w", file, err)
			return
		}
		defer rc.Close()
		seq, left := 0, len(want)
		for a, err := range p.Articles(file, rc) {
			i := seq
			seq++
			if err != nil || !want[i] {
				continue
			}
			if !yield(i, a) {
				return
			}
			if left--; left == 0 {
				return
			}
		}
		if left > 0 {
			p.err = fmt.Errorf("read %s: %d article(s) no longer there", file, left)
		}
	}
}
