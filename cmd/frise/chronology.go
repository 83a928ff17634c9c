package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"frise/render/export"
	"frise/timeline"
)

// chronologyInputs reports whether the inputs are JSON chronologies (.json
// files, as frise build --format json and frise-beam write them) rather
// than articles. Mixing both is an error: a chronology is not re-merged
// with new articles.
func chronologyInputs(ins []input) (bool, error) {
	n := 0
	for _, in := range ins {
		if strings.HasSuffix(strings.ToLower(in.name), ".json") {
			n++
		}
	}
	if n > 0 && n < len(ins) {
		return false, &usageError{fmt.Errorf("inputs: %d JSON chronologies (.json) and %d article files: give one kind", n, len(ins)-n)}
	}
	return n > 0, nil
}

// readChronologies reads JSON chronologies and joins them: several are
// the shards of one (frise-beam --shards), each holding whole events. The
// articles are listed input after input, the events put back in the
// chronology's order (timeline.MergeWith's: start, end, article, clause),
// input after input where that order ties.
func readChronologies(ins []input) (timeline.Chronology, error) {
	var c timeline.Chronology
	for _, in := range ins {
		rc, err := in.open()
		if err != nil {
			return c, err
		}
		part, err := export.ReadJSON(rc)
		rc.Close()
		if err != nil {
			return c, fmt.Errorf("%s: %w", in.name, err)
		}
		c.Articles = append(c.Articles, part.Articles...)
		c.Events = append(c.Events, part.Events...)
		c.Undated = append(c.Undated, part.Undated...)
	}
	if len(ins) > 1 {
		// A report whose article is listed in another shard learns its
		// file, language and date from there.
		byID := map[string][]timeline.ArticleInfo{}
		for _, a := range c.Articles {
			byID[a.ID] = append(byID[a.ID], a)
		}
		for _, evs := range [][]timeline.Event{c.Events, c.Undated} {
			for _, e := range evs {
				for i, p := range e.Sources {
					if p.File != "" {
						continue
					}
					for _, a := range byID[p.Article] {
						if a.Date.Timex == p.Date.Timex {
							e.Sources[i].File, e.Sources[i].Lang, e.Sources[i].Date = a.File, a.Lang, a.Date
							break
						}
					}
				}
			}
		}
		slices.SortStableFunc(c.Events, func(a, b timeline.Event) int {
			return cmp.Or(a.Value.From.Compare(b.Value.From), b.Value.To.Compare(a.Value.To),
				cmp.Compare(a.Sources[0].Article, b.Sources[0].Article), cmp.Compare(a.Sources[0].ClauseSpan.Start, b.Sources[0].ClauseSpan.Start))
		})
	}
	return c, nil
}

// buildFromChronologies is frise build over JSON chronologies: drawn or
// written in the format asked, as buildRun writes a chronology it built.
func buildFromChronologies(cmd *cobra.Command, opts *buildOptions, ins []input) error {
	cfg := opts.Config
	if f, ok := export.Lookup(cfg.Format); ok && f.Articles {
		return &usageError{fmt.Errorf("format %s: needs the articles' text, which a JSON chronology does not hold", f.Name)}
	}
	ctx := cmd.Context()
	chron, err := readChronologies(ins)
	if err != nil {
		return err
	}
	chron.Events = filterEvents(chron.Events, cfg)
	var names []string
	for _, in := range ins {
		names = append(names, in.name)
	}
	out := outputName(cfg)
	ropt, err := renderOptions(cfg, opts.Dir)
	if err != nil {
		return err
	}
	write, err := chronologyWriter(ctx, chron, nil, nil, ropt, cfg)
	if err != nil {
		return err
	}
	o, err := openOutput(out, opts.Out, names)
	if err != nil {
		return err
	}
	defer o.Abort()
	if err := writeOutput(ctx, o, write); err != nil {
		return err
	}
	fmt.Fprintf(opts.Err, "frise: %d chronolog(ies), %d article(s), %d event(s) → %s\n", len(ins), len(chron.Articles), len(chron.Events), out)
	return nil
}
