package main

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"frise/render"
	"frise/timeline"
)

// extractFn runs the library on one article, as frise extract does: its
// events as JSONL lines (render.JSONL), keyed by the article's place in
// the input. It also emits the article's merge keys (see mergeKeys).
type extractFn struct {
	Settings Settings
	Block    string
	p        *proc
	events   beam.Counter
	phrases  beam.Counter
}

func (f *extractFn) Setup() error {
	p, err := newProc(f.Settings)
	f.p = p
	f.events = beam.NewCounter("frise", "events")
	f.phrases = beam.NewCounter("frise", "phrases")
	return err
}

func (f *extractFn) ProcessElement(ctx context.Context, r Record, events func(string, string), keys func(string, string)) error {
	a, err := f.p.article(r)
	if err != nil {
		return err
	}
	res, err := f.p.process(ctx, a)
	if err != nil {
		return err
	}
	f.phrases.Inc(ctx, int64(len(res.Mentions)))
	f.events.Inc(ctx, int64(len(res.Events)))
	var b bytes.Buffer
	if err := render.JSONL(&b, timeline.Chronology{Events: res.Events}); err != nil {
		return err
	}
	events(r.Order, b.String())
	if !f.Settings.Merge {
		return nil
	}
	for _, k := range mergeKeys(res.Events, f.Block) {
		// The value says whether the report is long: a "*" key joins its
		// articles only when one of them is.
		keys(k[1:], k[:1]+r.Order)
	}
	return nil
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
		words := timeline.ContentWords(src.Clause, src.Phrase)
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
