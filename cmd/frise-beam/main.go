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
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Record)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Edge)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Line)(nil)).Elem())
	register.DoFn5x1[context.Context, fileio.ReadableFile, func(Record), func(string, string), func(string, string), error](&extractFn{})
	register.DoFn4x0[string, func(*Record) bool, func(*string) bool, func(int, Record)](&assignFn{})
	register.DoFn3x1[context.Context, int, func(*Record) bool, error](&chronFn{})
	register.DoFn3x0[string, string, func(int, Line)](&shardLineFn{})
	register.DoFn3x1[context.Context, int, func(*Line) bool, error](&writeLinesFn{})
	register.Function2x2(errorLine)
	register.Function3x0(joinFn)
	register.Function3x0(componentsFn)
	register.Function2x1(edgeOf)
	register.Function1x2(keyByOrder)
	register.Emitter1[Record]()
	register.Emitter2[string, string]()
	register.Emitter2[int, Record]()
	register.Emitter2[int, Line]()
	register.Iter1[Record]()
	register.Iter1[string]()
	register.Iter1[Edge]()
	register.Iter1[Line]()
}

// Options are the pipeline's inputs, outputs and settings.
type Options struct {
	// Inputs are files or globs (local, or a bucket the runner reads).
	Inputs []string
	// Output is the directory (or bucket prefix) the shards go to.
	Output string
	// Shards is how many files the chronology is written in.
	Shards int
	// Block is how reports are keyed for merging: "pairs" or "words".
	Block string
	// EventsOnly writes the events alone, as frise extract: no merge, no
	// chronology.
	EventsOnly bool
	Settings   Settings
}

// Pipeline builds the Beam pipeline for o.
func Pipeline(o Options) (*beam.Pipeline, error) {
	if len(o.Inputs) == 0 {
		return nil, fmt.Errorf("no input: give files or globs")
	}
	if o.Output == "" {
		return nil, fmt.Errorf("no output: give --output DIR")
	}
	if o.Block != "pairs" && o.Block != "words" {
		return nil, fmt.Errorf("block %q: want pairs or words", o.Block)
	}
	if _, err := newProc(o.Settings); err != nil {
		return nil, err
	}
	p, s := beam.NewPipelineWithRoot()

	// Read and extract: one element per file, read by the library's
	// readers, each article run by the library; no shuffle.
	var recs, keys, bads []beam.PCollection
	for i, in := range o.Inputs {
		rs := s.Scope(fmt.Sprintf("input%d", i))
		files := fileio.ReadMatches(rs, fileio.MatchFiles(rs, in, fileio.MatchEmptyDisallow()), fileio.ReadUncompressed())
		r, k, b := beam.ParDo3(rs, &extractFn{Pattern: i, Settings: o.Settings, Block: o.Block, Output: o.Output, Merge: !o.EventsOnly}, files)
		recs, keys, bads = append(recs, r), append(keys, k), append(bads, b)
	}
	records := beam.Flatten(s, recs...)
	writeLines(s.Scope("errors"), beam.ParDo(s, errorLine, beam.Flatten(s, bads...)), o.Output, "errors", ".txt", 1)

	if o.EventsOnly {
		return p, nil
	}
	// Merge. Shuffle 1: reports by merge key; the articles a key holds are
	// joined. Shuffle 2: the joins, on one key, into components. Shuffle
	// 3: articles with their component. Shuffle 4: components by shard,
	// each merged by the library.
	ms := s.Scope("merge")
	edges := beam.ParDo(ms, joinFn, beam.GroupByKey(ms, beam.Flatten(ms, keys...)))
	comps := beam.ParDo(ms, componentsFn, beam.GroupByKey(ms, beam.AddFixedKey(ms, beam.ParDo(ms, edgeOf, edges))))
	grouped := beam.CoGroupByKey(ms, beam.ParDo(ms, keyByOrder, records), comps)
	sharded := beam.ParDo(ms, &assignFn{Shards: o.Shards}, grouped)
	beam.ParDo0(ms, &chronFn{Settings: o.Settings, Output: o.Output, Shards: o.Shards}, beam.GroupByKey(ms, sharded))
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
	flag.StringVar(&o.Block, "block", "pairs", "how reports are keyed for merging: pairs (of content words) or words")
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
