package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"frise/config"
	"frise/render"
	"frise/render/export"
	"frise/timeline"
)

// buildOptions are the dependencies and flags of frise build.
type buildOptions struct {
	streams
	Config config.Config
	Args   []string
}

func newCmdBuild(s streams, runF func(*buildOptions) error) *cobra.Command {
	opts := &buildOptions{streams: s}
	cmd := &cobra.Command{
		Use:   "build [FILE|DIR|-]...",
		Short: "Build the timeline chart (or JSON chronology) of articles",
		Long: `Read articles (files, directories of .txt files, or - for stdin), find and
resolve their time phrases, turn the dated clauses into events and write the
chronology: an HTML timeline chart (default), or JSON with --format json.

` + noInputHelp + `

An existing file named by -o is replaced whole, only once everything is
written; a symbolic link is followed; a device, FIFO or socket is written
through. When no article at all could be read, nothing is written.

` + exitCodesHelp,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd, s)
			if err != nil {
				return err
			}
			opts.Config, opts.Args = cfg, args
			if runF != nil {
				return runF(opts)
			}
			return buildRun(cmd, opts)
		},
	}
	config.AddFlags(cmd.Flags())
	return cmd
}

func buildRun(cmd *cobra.Command, opts *buildOptions) error {
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(buildGCPercent))
	}
	cfg := opts.Config
	p, err := newPipeline(cfg)
	if err != nil {
		return err
	}
	ins, embedded, err := inputs(opts.Args, opts.streams)
	if err != nil {
		return &usageError{err}
	}
	if embedded {
		fmt.Fprintln(opts.Err, "frise: no input given: reading the embedded samples")
	}
	if ok, err := chronologyInputs(ins); ok || err != nil {
		if err != nil {
			return err
		}
		return buildFromChronologies(cmd, opts, ins)
	}
	var names []string
	for _, in := range ins {
		names = append(names, in.name)
	}
	out := outputName(cfg)
	ropt, err := renderOptions(cfg, opts.Dir)
	if err != nil {
		return err
	}
	// The output is opened before anything is read: one that cannot be
	// written (a missing directory, an input) fails at once, not after
	// the whole input. Nothing replaces it until Commit.
	o, err := openOutput(out, opts.Out, names)
	if err != nil {
		return err
	}
	defer o.Abort()
	ctx := cmd.Context()
	as, bad, err := readArticles(ctx, ins, p.read)
	if err != nil {
		return err
	}
	bar := newProgress(opts.Err, len(as))
	// What the output needs of the results once merged: a format that
	// reads the articles' phrases (TimeML) keeps them; the others read the
	// chronology alone (merging reads the phrases of the articles it may pin).
	f, _ := export.Lookup(cfg.Format)
	keep := f.Articles
	results, counts, skipped, err := p.processAll(ctx, as, cfg.Workers, bar.done, keep)
	bar.wait()
	if err != nil {
		return err
	}
	bad = append(bad, skipped...)
	if len(results) == 0 && len(bad) > 0 {
		// Every input was skipped: an empty chart would replace the
		// last one for nothing.
		return &partialError{errs: bad, nothingWritten: true}
	}
	mentions, nresults := 0, len(results)
	for _, n := range counts {
		mentions += n
	}
	mo := p.merge
	mo.TakeEvents = !keep // the results are dropped below
	chron := timeline.MergeWith(results, mo)
	if !keep {
		// The chronology's articles count their phrases: the counts of
		// those dropped are put back (its articles are the results', in
		// order).
		for i, n := range counts {
			chron.Articles[i].Mentions = n
		}
		results = nil
	}
	chron.Events = filterEvents(chron.Events, cfg)
	// What merging freed (the articles' event arrays, the merge's index)
	// goes back to the system before the output is made: left to the
	// scavenger, it stayed resident while writing the page took memory
	// of other sizes, and the page of 100,000 articles peaked at 640-670
	// MB resident for a heap of 450 (540 MB with this).
	debug.FreeOSMemory()
	write, err := chronologyWriter(ctx, chron, results, p.Pipeline, ropt, cfg)
	if err != nil {
		return err
	}
	if err := writeOutput(ctx, o, write); err != nil {
		return err
	}
	cfg.Output = out
	merged := 0
	for _, e := range chron.Events {
		merged += len(e.Sources) - 1
	}
	fmt.Fprintf(opts.Err, "frise: %d article(s), %d time phrase(s), %d event(s) (%d report(s) merged), %d error(s) → %s\n",
		nresults, mentions, len(chron.Events), merged, len(bad), cfg.Output)
	if len(bad) > 0 {
		return &partialError{errs: bad}
	}
	return nil
}

// buildGCPercent is the garbage collector's target for build, unless
// GOGC says otherwise. build holds every article's events until the
// chronology is written, so its live heap only grows, and Go's default
// (100: the heap may grow to twice what was live after a collection)
// made its peak about twice its live data: 1 GB for 100,000 articles
// whose events are some 400 MB. At 35 the heap peaks at about 1.35 times
// the live data (some 370 MB at the merge of 100,000 articles: 545-580
// MB resident, where 50 gave 600-690), for more short collections: 5-10%
// more CPU at 100,000 articles, a few hundredths of a second at 10,000,
// whose peak (75-90 MB) is mostly the binary and the rules' tables.
const buildGCPercent = 35

// outputName is where a chronology goes: the configured file, or, left at
// the page's default "timeline.html", the default name of the format
// asked (a data export's from the registry, an image's its extension).
func outputName(cfg config.Config) string {
	if cfg.Output != config.Default().Output || cfg.Format == "html" || cfg.Format == "" {
		return cfg.Output
	}
	if data, ok := export.Lookup(cfg.Format); ok {
		return data.File
	}
	return "timeline." + cfg.Format
}

// chronologyWriter writes chron in the format asked: a data export from
// the registry, an image through a browser (made here, so that a browser's
// failure comes before the output is touched), or the page. results are
// the articles' own, for exports that need them (TimeML, whose TIMEX3s tx
// writes as frise tag does); nil where the chronology was read back from
// JSON.
func chronologyWriter(ctx context.Context, chron timeline.Chronology, results []timeline.Result, tx export.Timexer, ropt render.Options, cfg config.Config) (func(io.Writer) error, error) {
	if data, ok := export.Lookup(cfg.Format); ok {
		in := export.Input{Chronology: chron, Results: results, Timexes: tx, Title: cfg.Title}
		return func(w io.Writer) error { return data.Write(w, in) }, nil
	}
	switch cfg.Format {
	case "png", "svg", "pdf":
		img, err := image(ctx, chron, ropt, cfg)
		if err != nil {
			return nil, err
		}
		return func(w io.Writer) error { _, err := w.Write(img); return err }, nil
	}
	return func(w io.Writer) error { return render.HTML(w, chron, ropt) }, nil
}

// writeOutput writes into o and puts it in place; a write error the
// output itself recorded (a full device) wins over the writer's.
func writeOutput(ctx context.Context, o *output, write func(io.Writer) error) error {
	if err := write(o); err != nil {
		if o.err != nil {
			return o.err
		}
		return o.wrap(err)
	}
	return o.Commit(ctx)
}
