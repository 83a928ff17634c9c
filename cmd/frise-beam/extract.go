package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"

	"frise/render/export"
	"frise/timeline"
)

// extractFn reads the articles of one file with the library's readers
// (gzip, JSONL or text, as frise reads them) and runs the library on each
// once, as frise extract does: its events as JSONL lines (export.JSONL),
// written to the input's events file in the input's order. For the merge
// it emits each article's dated events (Report), its entry in the
// chronology and its undated events (Art); and what could not be read.
type extractFn struct {
	Pattern  int
	Settings Settings
	// Output is where the events files go.
	Output string
	// Merge: emit what the merge needs.
	Merge    bool
	p        *proc
	articles beam.Counter
	events   beam.Counter
	phrases  beam.Counter
	bad      beam.Counter
}

func (f *extractFn) Setup() error {
	p, err := newProc(f.Settings)
	f.p = p
	f.articles = beam.NewCounter("frise", "articles")
	f.events = beam.NewCounter("frise", "events")
	f.phrases = beam.NewCounter("frise", "phrases")
	f.bad = beam.NewCounter("frise", "errors")
	return err
}

func (f *extractFn) ProcessElement(ctx context.Context, file fileio.ReadableFile,
	reports func(Report), arts func(Art), bad func(string, string)) error {
	name := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	defer rc.Close()
	// The events go straight to the input's own events file, as they are
	// made: no shuffle, nothing held (a retry writes the file anew).
	return writeFile(ctx, eventsName(f.Output, f.Pattern, name), func(w io.Writer) error {
		seq := 0
		ids := map[string]int{} // the line of each id given
		var b bytes.Buffer
		for a, err := range f.p.Articles(name, rc) {
			order := orderKey(f.Pattern, name, seq)
			seq++
			if err == nil {
				err = checkID(ids, a)
			}
			if err != nil {
				f.bad.Inc(ctx, 1)
				bad(order, err.Error())
				continue
			}
			res, err := f.p.Process(ctx, a)
			var pe *timeline.ParseError
			if errors.As(err, &pe) {
				// An article frise cannot read (a language it does not
				// know, a year it cannot write): reported, left out, as
				// frise does.
				f.bad.Inc(ctx, 1)
				bad(order, pe.Error())
				continue
			}
			if err != nil {
				return err
			}
			f.articles.Inc(ctx, 1)
			f.phrases.Inc(ctx, int64(len(res.Mentions)))
			f.events.Inc(ctx, int64(len(res.Events)))
			b.Reset()
			if err := export.JSONL(&b, timeline.Chronology{Events: res.Events}); err != nil {
				return err
			}
			if _, err := w.Write(b.Bytes()); err != nil {
				return err
			}
			if f.Merge {
				if err := emitArticle(res, f.p.MergeOptions(), order, name, seq-1, reports, arts); err != nil {
					return err
				}
			}
		}
		if seq == 0 {
			bad(orderKey(f.Pattern, name, 0), name+": no article in the input: the file is empty, or has no line starting with \"date\"")
		}
		return nil
	})
}

// emitArticle emits what the merge needs of an article's result.
func emitArticle(res timeline.Result, opt timeline.MergeOptions, order, file string, seq int, reports func(Report), arts func(Art)) error {
	art, err := artOf(res, order)
	if err != nil {
		return err
	}
	arts(art)
	info := timeline.Merge([]timeline.Result{res}).Articles[0]
	return reportsOf(res, opt, info, order, file, seq, reports)
}

// checkID reports an id given twice in one input, as frise does: ids name
// one article each (TimeML documents, the sources of events). Ids the
// reader makes (file:line) are unique by construction.
func checkID(ids map[string]int, a *timeline.Article) error {
	pos := a.Position(0)
	if a.ID == fmt.Sprintf("%s:%d", a.File, pos.Line) {
		return nil
	}
	if first, ok := ids[a.ID]; ok {
		return &timeline.ParseError{Pos: pos, Err: fmt.Errorf("id %q is already the id of the article at line %d: ids name one article each", a.ID, first)}
	}
	ids[a.ID] = pos.Line
	return nil
}

// eventsName names the events file of an input: its pattern's index, its
// base name and a hash of its path, so that the files sort in input order
// when a pattern's files are in one directory.
func eventsName(dir string, pattern int, file string) string {
	h := fnv.New32a()
	h.Write([]byte(file))
	return fmt.Sprintf("%s/events-%04d-%s-%08x.jsonl", strings.TrimSuffix(dir, "/"), pattern, path.Base(file), h.Sum32())
}
