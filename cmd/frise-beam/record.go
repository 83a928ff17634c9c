package main

import (
	"context"
	"fmt"
	"iter"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"frise/timeline"
)

// Record is one article as it travels to the merge: where it is, not what
// it says. An article's unexported state (where its text began, its title,
// its text before normalisation: the spans "as given" come from them) and
// its results (mentions, zoned values) have no wire form, so the merge
// step reads its articles again from their files with the library's
// reader, and processes them again.
type Record struct {
	// Order sorts articles as frise reads them: the input pattern's index,
	// the file (a glob's files sorted), the article's index in the file.
	Order string
	// File and Seq are the file and the index among what the library's
	// reader yields from it (articles and errors).
	File string
	Seq  int
	// Comp is the merge component the article belongs to (see merge.go),
	// set before the merge step.
	Comp string
}

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
