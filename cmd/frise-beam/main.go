// Command frise-beam builds frise's chronology with Apache Beam: the same
// steps as frise extract and frise build (read, tag, resolve, extract,
// pin, merge), run by the library on each article, with the work spread
// over a Beam runner's workers (prism in-process by default; Flink, Spark,
// Dataflow with --runner). See the README's "frise-beam" section.
//
//	frise-beam --output out/ 'corpus/*.jsonl.gz' samples/kazakhstan-2022-01.txt
//
// writes out/events-*.jsonl (what frise extract writes, a file per input), out/chronology-*.json
// (what frise build --format json writes; frise build draws it) and
// out/errors-*.txt (articles that could not be read).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	fpipe "frise/timeline/pipeline"
)

func init() {
	for _, t := range []any{Report{}, Cand{}, Edge{}, Node{}, Msg{}, PinReq{}, Art{}, Out{}, Line{}} {
		beam.RegisterType(reflect.TypeOf(t))
	}
	register.DoFn5x1[context.Context, fileio.ReadableFile, func(Report), func(Art), func(string, string), error](&extractFn{})
	register.DoFn3x0[Report, func(string) func(*[]Cand) bool, func(Edge)](&meetFn{})
	register.DoFn6x1[context.Context, string, func(*PinReq) bool, func(Report), func(Art), func(string), error](&repinFn{})
	register.DoFn4x1[context.Context, int, func(*Out) bool, func(*Art) bool, error](&chronFn{})
	register.DoFn3x0[string, string, func(int, Line)](&shardLineFn{})
	register.DoFn3x1[context.Context, int, func(*Line) bool, error](&writeLinesFn{})
	register.Function2x2(errorLine)
	register.Function2x0(fileFn)
	register.Function2x1(lessCand)
	register.Function2x0(bothWays)
	register.Function2x1(nodeOf)
	register.Function2x0(tellFn)
	register.Function2x1(roundFn)
	register.Function5x0(checkFn)
	register.Function3x0(rootsFn)
	register.Function4x0(relabelFn)
	register.Function1x2(byKey)
	register.Function1x1(lightFn)
	register.Function3x0(pinsFn)
	register.Function3x0(firstPin)
	register.Function4x0(keepFn)
	register.Function4x0(keepArtFn)
	register.Function4x0(onlyJoined)
	register.Function1x2(byArt)
	register.Function1x2(artKey)
	register.Function1x2(marked)
	register.Function5x1(eventsFn)
	register.Function3x1(joinFn)
	register.Function1x1(asOut)
	register.DoFn2x0[Out, func(int, Out)](&shardFn{})
	register.DoFn2x0[Art, func(int, Art)](&shardArtFn{})
	register.Emitter1[Report]()
	register.Emitter1[Art]()
	register.Emitter1[Out]()
	register.Emitter1[Edge]()
	register.Emitter1[string]()
	register.Emitter2[string, string]()
	register.Emitter2[string, Cand]()
	register.Emitter2[uint64, Msg]()
	register.Emitter2[uint64, uint64]()
	register.Emitter2[uint64, Report]()
	register.Emitter2[string, PinReq]()
	register.Emitter2[string, Report]()
	register.Emitter2[int, Line]()
	register.Emitter2[int, Out]()
	register.Emitter2[int, Art]()
	register.Iter1[Report]()
	register.Iter1[Cand]()
	register.Iter1[[]Cand]()
	register.Iter1[Msg]()
	register.Iter1[PinReq]()
	register.Iter1[Edge]()
	register.Iter1[Art]()
	register.Iter1[Out]()
	register.Iter1[Line]()
	register.Iter1[string]()
	register.Iter1[int]()
	register.Iter1[uint64]()
}

// Options are the pipeline's inputs, outputs and settings.
type Options struct {
	// Inputs are files or globs (local, or a bucket the runner reads).
	Inputs []string
	// Output is the directory (or bucket prefix) the shards go to.
	Output string
	// Shards is how many files the chronology is written in.
	Shards int
	// Rounds is how many rounds of label propagation find the reports of
	// one event before the labels still unsettled go to one key.
	Rounds int
	// EventsOnly writes the events alone, as frise extract: no merge, no
	// chronology.
	EventsOnly bool
	Settings   Settings
}

// Pipeline builds the Beam pipeline for o.
func Pipeline(o Options) (*beam.Pipeline, error) {
	if len(o.Inputs) == 0 {
		return nil, fmt.Errorf("no input: give files, directories or globs")
	}
	if o.Output == "" {
		return nil, fmt.Errorf("no output: give --output DIR")
	}
	if o.Rounds < 0 {
		return nil, fmt.Errorf("rounds %d: want 0 or more", o.Rounds)
	}
	if _, err := newProc(o.Settings); err != nil {
		return nil, err
	}
	p, s := beam.NewPipelineWithRoot()

	// Read and extract: one element per file, read by the library's
	// readers, each article run by the library once; no shuffle.
	var reps, arts, bads []beam.PCollection
	for i, in := range o.Inputs {
		rs := s.Scope(fmt.Sprintf("input%d", i))
		files, err := matchInput(rs, in)
		if err != nil {
			return nil, err
		}
		r, a, b := beam.ParDo3(rs, &extractFn{Pattern: i, Settings: o.Settings, Output: o.Output, Merge: !o.EventsOnly}, files)
		reps, arts, bads = append(reps, r), append(arts, a), append(bads, b)
	}
	reports := beam.Flatten(s, reps...)
	articles := beam.Flatten(s, arts...)
	writeLines(s.Scope("errors"), beam.ParDo(s, errorLine, beam.Flatten(s, bads...)), o.Output, "errors", ".txt", 1)
	if o.EventsOnly {
		return p, nil
	}

	var events beam.PCollection
	if !o.Settings.Merge {
		events = beam.ParDo(s, asOut, reports)
	} else {
		// Pin: the events of the reports as read; the pins they make,
		// the first of each article's, its file's pins read again.
		ps := s.Scope("pin")
		light := beam.ParDo(ps, lightFn, reports)
		labels := sameEvents(ps, light, o.Settings, o.Rounds)
		joined := beam.ParDo(ps, onlyJoined, labelled(ps, light, labels))
		reqs := beam.ParDo(ps, pinsFn, beam.GroupByKey(ps, joined))
		byFile := beam.ParDo(ps, firstPin, beam.GroupByKey(ps, reqs))
		pinnedReps, pinnedArts, replaced := beam.ParDo3(ps, &repinFn{Settings: o.Settings}, beam.GroupByKey(ps, byFile))
		marks := beam.ParDo(ps, marked, replaced)
		kept := beam.ParDo(ps, keepFn, beam.CoGroupByKey(ps, beam.ParDo(ps, byArt, reports), marks))
		reports = beam.Flatten(ps, kept, pinnedReps)
		articles = beam.ParDo(ps, keepArtFn, beam.CoGroupByKey(ps, beam.ParDo(ps, artKey, articles), beam.ParDo(ps, artKey, pinnedArts)))

		// Merge: the events of the reports as pinned, each joined.
		ms := s.Scope("merge")
		labels = sameEvents(ms, beam.ParDo(ms, lightFn, reports), o.Settings, o.Rounds)
		alone, joinedReps := beam.ParDo2(ms, eventsFn, labelled(ms, reports, labels))
		events = beam.Flatten(ms, alone, beam.ParDo(ms, joinFn, beam.GroupByKey(ms, joinedReps)))
	}
	ws := s.Scope("write")
	outs := beam.ParDo(ws, &shardFn{Shards: o.Shards}, events)
	artsBy := beam.ParDo(ws, &shardArtFn{Shards: o.Shards}, articles)
	beam.ParDo0(ws, &chronFn{Output: o.Output, Shards: o.Shards}, beam.CoGroupByKey(ws, outs, artsBy))
	return p, nil
}

func errorLine(order, msg string) (string, string) { return order, msg + "\n" }

func writeLines(s beam.Scope, col beam.PCollection, out, name, ext string, shards int) {
	byShard := beam.ParDo(s, &shardLineFn{Shards: shards}, col)
	beam.ParDo0(s, &writeLinesFn{Output: out, Name: name, Ext: ext, Shards: shards}, beam.GroupByKey(s, byShard))
}

func main() {
	o := Options{Settings: defaultSettings()}
	flag.StringVar(&o.Output, "output", "", "directory (or bucket prefix) to write the shards to")
	flag.IntVar(&o.Shards, "shards", 1, "files the chronology is written in (components are spread over them)")
	flag.BoolVar(&o.EventsOnly, "events_only", false, "write the events alone, as frise extract (no merge, no chronology)")
	flag.IntVar(&o.Rounds, "rounds", 6, "rounds of label propagation over the reports of one event, before what is still unsettled goes to one key")
	flag.StringVar(&o.Settings.Timezone, "timezone", "", "IANA time zone of article dates that carry no offset (default UTC)")
	flag.StringVar(&o.Settings.Anchor, "anchor", "", "YYYY-MM-DD: the day articles dated only by month or year are read from")
	flag.StringVar(&o.Settings.Lang, "lang", "", "fr or en; default: the article's own, else detected")
	flag.StringVar(&o.Settings.Prefer, "prefer", "", "past or future: the direction of phrases whose tense says nothing")
	flag.IntVar(&o.Settings.MaxArticleBytes, "max_article_bytes", o.Settings.MaxArticleBytes, "longest article read, in bytes")
	flag.BoolVar(&o.Settings.Merge, "merge", true, "merge the reports of one event across articles")
	flag.Float64Var(&o.Settings.MergeSimilarity, "merge_similarity", o.Settings.MergeSimilarity, "share of content words two reports need in common")
	flag.Parse()
	beam.Init()
	o.Inputs = flag.Args()
	if err := run(context.Background(), o); err != nil {
		fmt.Fprintln(os.Stderr, "frise-beam:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o Options) error {
	if !strings.Contains(o.Output, "://") {
		if err := os.MkdirAll(o.Output, 0o755); err != nil {
			return err
		}
	}
	p, err := Pipeline(o)
	if err != nil {
		return err
	}
	return beamx.Run(ctx, p)
}

// matchInput reads one input as frise does: a local directory is every
// article file under it (.txt, .jsonl, .ndjson, gzipped or not), sorted;
// anything else is a file or glob for Beam's file systems (local, or a
// bucket the runner reads).
func matchInput(s beam.Scope, in string) (beam.PCollection, error) {
	if st, err := os.Stat(in); err == nil && st.IsDir() {
		found, err := fpipe.ArticleFiles(in)
		if err != nil {
			return beam.PCollection{}, fmt.Errorf("input %w", err)
		}
		if len(found) == 0 {
			return beam.PCollection{}, fmt.Errorf("input %s: no article file (.txt, .jsonl, .ndjson) under it", in)
		}
		return fileio.ReadMatches(s, fileio.MatchAll(s, beam.CreateList(s, found), fileio.MatchEmptyDisallow()), fileio.ReadUncompressed()), nil
	}
	return fileio.ReadMatches(s, fileio.MatchFiles(s, in, fileio.MatchEmptyDisallow()), fileio.ReadUncompressed()), nil
}
