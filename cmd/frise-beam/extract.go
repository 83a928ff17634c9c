package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"

	"frise/render/export"
	"frise/timeline"
	"frise/timeline/languages"
)

// extractFn reads the articles of one file with the library's readers
// (gzip, JSONL or text, as frise reads them) and runs the library on each,
// as frise extract does: its events as JSONL lines (export.JSONL), written
// to the input's events file in the input's order. It also emits each
// article's record and merge keys (see mergeKeys) for the merge, and what
// could not be read.
type extractFn struct {
	Pattern  int
	Settings Settings
	Block    string
	// Output is where the events files go.
	Output string
	// Merge: emit the records and merge keys the merge needs.
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
	records func(Record), keys func(string, string), bad func(string, string)) error {
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
		var b bytes.Buffer
		for a, err := range f.p.Articles(name, rc) {
			order := orderKey(f.Pattern, name, seq)
			seq++
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
			if !f.Merge {
				continue
			}
			records(Record{Order: order, File: name, Seq: seq - 1})
			if !f.Settings.Merge {
				continue // each article its own component
			}
			for _, k := range mergeKeys(res.Events, f.Block) {
				// The value says whether the report is long: a "*" key
				// joins its articles only when one of them is.
				keys(k[1:], k[:1]+order)
			}
		}
		return nil
	})
}

// eventsName names the events file of an input: its pattern's index, its
// base name and a hash of its path, so that the files sort in input order
// when a pattern's files are in one directory.
func eventsName(dir string, pattern int, file string) string {
	h := fnv.New32a()
	h.Write([]byte(file))
	return fmt.Sprintf("%s/events-%04d-%s-%08x.jsonl", strings.TrimSuffix(dir, "/"), pattern, path.Base(file), h.Sum32())
}

// The merge keys of an article say which other articles MergeWith could
// join it with: two reports are one event only when their clauses share
// two content words (timeline.ContentWords) or more, and, unless one of
// them is long (more than three days, or not placed on the calendar), when
// their days lie within three days of each other. So a report is keyed by
// each pair of its content words ("pairs", the default; "words": by each
// word, which is what MergeWith's own candidate index holds, and makes
// larger components) and
//
//   - a report of three days or less by the week buckets its days reach,
//     widened by four days on each side: two such reports that MergeWith
//     compares share a bucket;
//   - every report also by the pair alone ("*"), marked long or short: a
//     long report meets every report of its pair, whatever its days, so
//     that key joins its articles only when it holds a long report.
//
// Articles that share a key are joined; the merge step then runs MergeWith
// on each connected set of articles (a component), whole: a pin re-reads a
// whole article, so a component is of articles, not of reports.
//
// Each key comes with its mark, L (long) or S (short), as its first byte.
func mergeKeys(evs []timeline.Event, block string) []string {
	stop := languages.StopWords() // as the pipeline's MergeWith leaves them out
	seen := map[string]bool{}
	var out []string
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, e := range evs {
		src := e.Sources[0]
		if src.Inherited {
			continue // MergeWith never compares them
		}
		words := timeline.ContentWords(src.Clause, src.Phrase, stop)
		var units []string
		if block == "words" {
			units = words
		} else {
			for i := range words {
				for j := i + 1; j < len(words); j++ {
					units = append(units, words[i]+" "+words[j])
				}
			}
		}
		v := e.Value
		short := v.Placed() && calendarDays(v.From, v.To) <= 3
		for _, u := range units {
			if !short {
				add("L*|" + u)
				continue
			}
			add("S*|" + u)
			first, last := unixDay(v.From)-4, unixDay(v.To)+4
			for b := floorDiv(first, 7); b <= floorDiv(last, 7); b++ {
				add(fmt.Sprintf("Sd|%s|%d", u, b))
			}
		}
	}
	slices.Sort(out)
	return out
}

// calendarDays counts the calendar days from t's day to u's, in t's zone.
func calendarDays(t, u time.Time) int {
	return unixDay(u.In(t.Location())) - unixDay(t)
}

// unixDay numbers t's calendar day (in its own zone) from 1970-01-01.
func unixDay(t time.Time) int {
	y, m, d := t.Date()
	return int(time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Unix() / 86400)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
