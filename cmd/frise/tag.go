package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"frise/config"
	"frise/timeline"
	fpipe "frise/timeline/pipeline"
)

// tagOptions are the dependencies and flags of frise tag.
type tagOptions struct {
	streams
	Config config.Config
	JSONL  bool
	Args   []string
}

func newCmdTag(s streams, runF func(*tagOptions) error) *cobra.Command {
	opts := &tagOptions{streams: s}
	cmd := &cobra.Command{
		Use:   "tag [FILE|DIR|-]...",
		Short: "Print the time phrases frise reads in articles",
		Long: `Print every time phrase of each article: its position, TIMEX3 type and value,
the interval it resolves to, its granularity, certainty and the rule that read it.

With --jsonl, read JSONL articles ({"id","text","date","lang","prefer"}) from the
files or stdin and write one JSONL line per article ({"id","mentions":[…]}),
the contract of the evaluation scripts.

` + noInputHelp + ` With --jsonl and no input named, frise reads
standard input, even from a terminal.

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
			return tagRun(cmd, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSONL, "jsonl", false, "read and write JSONL (the evaluation contract)")
	config.AddFlags(cmd.Flags(), config.Reading...)
	return cmd
}

func tagRun(cmd *cobra.Command, opts *tagOptions) error {
	p, err := newPipeline(opts.Config)
	if err != nil {
		return err
	}
	if opts.JSONL {
		return tagJSONL(cmd, opts, p)
	}
	ins, embedded, err := inputs(opts.Args, opts.streams)
	if err != nil {
		return &usageError{err}
	}
	if embedded {
		fmt.Fprintln(opts.Err, "frise: no input given: reading the embedded samples")
	}
	as, bad, err := readArticles(cmd.Context(), ins, p.read)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(opts.Out, 0, 4, 2, ' ', 0)
	for _, a := range as {
		r, err := p.process(cmd.Context(), a)
		var pe *timeline.ParseError
		if errors.As(err, &pe) {
			bad = append(bad, pe)
			continue
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s\t%s, dated %s, %s\n", a.ID, a.Lang, a.Date.Timex, describeRef(r.Reference))
		for _, m := range r.Mentions {
			v := m.Value
			fmt.Fprintf(w, "  %s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", a.Position(m.Span.Start), m.Text, v.Type, v.Timex,
				interval(v), v.Grain, certainty(v), m.Rule)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if len(bad) > 0 {
		return &partialError{errs: bad}
	}
	return nil
}

func describeRef(v timeline.Value) string {
	if v.Certainty == timeline.Ambiguous {
		return fmt.Sprintf("story day unknown, one of %s", interval(v))
	}
	return "story day " + v.Timex
}

func interval(v timeline.Value) string {
	if !v.Bounded() {
		return "-"
	}
	return "[" + stamp(v.From) + ", " + stamp(v.To) + ")"
}

func stamp(t time.Time) string {
	if t.Second() != 0 {
		return t.Format("2006-01-02T15:04:05")
	}
	if t.Hour() == 0 && t.Minute() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02T15:04")
}

func certainty(v timeline.Value) string {
	s := v.Certainty.String()
	if v.RelDay != nil {
		s += fmt.Sprintf(" J%+d", *v.RelDay)
	}
	return s
}

// jsonlOut is one line of the evaluation contract's output, and
// jsonlMention one phrase of it: the library's, which POST /v1/tag writes too.
type (
	jsonlOut     = fpipe.Tags
	jsonlMention = fpipe.TagMention
)

func tagJSONL(cmd *cobra.Command, opts *tagOptions, p *pipeline) error {
	ins, _, err := inputs(opts.Args, opts.streams)
	if err != nil {
		return &usageError{err}
	}
	if len(opts.Args) == 0 {
		ins = ins[:0]
		ins = append(ins, input{name: "-", open: func() (io.ReadCloser, error) { return io.NopCloser(opts.In), nil }})
	}
	out := bufio.NewWriter(opts.Out)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	var bad timeline.ErrorList
	for _, in := range ins {
		rc, err := in.open()
		if err != nil {
			bad.Add(timeline.Position{File: in.name}, err)
			continue
		}
		ids := map[string]int{}
		sc := bufio.NewScanner(ctxReader{cmd.Context(), rc})
		sc.Buffer(make([]byte, 64<<10), p.read.MaxBytes+4096)
		for line := 1; sc.Scan(); line++ {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			res, err := tagLine(cmd, p, sc.Bytes())
			if first, ok := ids[res.ID]; ok && err == nil && res.ID != "" {
				res = jsonlOut{ID: res.ID, Mentions: []jsonlMention{}}
				err = fmt.Errorf("id %q is already the id of line %d: ids name one article each", res.ID, first)
			} else if err == nil {
				ids[res.ID] = line
			}
			if err != nil {
				bad.Add(timeline.Position{File: in.name, Line: line}, err)
				res.Error = err.Error()
			}
			if err := enc.Encode(res); err != nil {
				rc.Close()
				return err
			}
		}
		rc.Close()
		if err := context.Cause(cmd.Context()); err != nil {
			return err
		}
		if err := sc.Err(); err != nil {
			bad.Add(timeline.Position{File: in.name}, err)
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if len(bad) > 0 {
		return &partialError{errs: bad}
	}
	return nil
}

func tagLine(cmd *cobra.Command, p *pipeline, line []byte) (jsonlOut, error) {
	res, err := p.TagJSON(cmd.Context(), line)
	if pe := (*timeline.ParseError)(nil); errors.As(err, &pe) {
		return res, pe.Err // the caller names the line
	}
	return res, err
}
