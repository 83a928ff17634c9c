package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"frise/config"
	"frise/timeline"
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
the contract of the evaluation scripts.`,
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
	ins, embedded, err := inputs(opts.Args, opts.In)
	if err != nil {
		return &usageError{err}
	}
	if embedded {
		fmt.Fprintln(opts.Err, "frise: no input given: reading the embedded samples")
	}
	as, bad := readArticles(ins, p.read)
	w := tabwriter.NewWriter(opts.Out, 0, 4, 2, ' ', 0)
	for _, a := range as {
		r, err := p.process(cmd.Context(), a)
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
		return &partialError{bad}
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

// jsonlIn is one line of the evaluation contract.
type jsonlIn struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Date   string `json:"date"`
	Lang   string `json:"lang"`
	Prefer string `json:"prefer"`
}

type jsonlOut struct {
	ID       string         `json:"id"`
	Mentions []jsonlMention `json:"mentions"`
	Error    string         `json:"error,omitempty"`
	Note     string         `json:"note,omitempty"`
}

type jsonlMention struct {
	Span      [2]int `json:"span"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	Value     string `json:"value"`
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
	Grain     string `json:"grain"`
	Certainty string `json:"certainty"`
	Reason    string `json:"reason,omitempty"`
	RelDay    *int   `json:"rel_day,omitempty"`
	Rule      string `json:"rule"`
	Anchor    *int   `json:"anchor,omitempty"`
}

func tagJSONL(cmd *cobra.Command, opts *tagOptions, p *pipeline) error {
	ins, _, err := inputs(opts.Args, opts.In)
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
		sc := bufio.NewScanner(rc)
		sc.Buffer(make([]byte, 64<<10), p.read.MaxBytes+4096)
		for line := 1; sc.Scan(); line++ {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			res, err := tagLine(cmd, p, sc.Bytes())
			if err != nil {
				bad.Add(timeline.Position{File: in.name, Line: line}, err)
				res.Error = err.Error()
			}
			if err := enc.Encode(res); err != nil {
				rc.Close()
				return err
			}
		}
		if err := sc.Err(); err != nil {
			bad.Add(timeline.Position{File: in.name}, err)
		}
		rc.Close()
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if len(bad) > 0 {
		return &partialError{bad}
	}
	return nil
}

func tagLine(cmd *cobra.Command, p *pipeline, line []byte) (jsonlOut, error) {
	var in jsonlIn
	if err := json.Unmarshal(line, &in); err != nil {
		return jsonlOut{Mentions: []jsonlMention{}}, fmt.Errorf("not a JSON article: %w", err)
	}
	res := jsonlOut{ID: in.ID, Mentions: []jsonlMention{}}
	undated := strings.TrimSpace(in.Date) == ""
	date := in.Date
	if undated {
		// A text with no date still has its absolute dates; the rest stays
		// unresolved, and the line says why.
		date = "2000"
		res.Note = "no date given: only phrases that name their own year are resolved"
	}
	a, err := timeline.NewArticle(in.ID, date, in.Text, p.read.Location)
	if err != nil {
		return res, err
	}
	a.Lang = in.Lang
	q := *p
	switch in.Prefer {
	case "past":
		q.opt.Resolve.Prefer = timeline.DirPast
	case "future":
		q.opt.Resolve.Prefer = timeline.DirFuture
	}
	r, err := q.process(cmd.Context(), a)
	if err != nil {
		return res, err
	}
	if undated {
		for i := range r.Mentions {
			if r.Mentions[i].Expr.Type.IsPoint() {
				r.Mentions[i].Value = timeline.Value{Type: r.Mentions[i].Expr.Type}
			}
		}
		timeline.ResolveUndated(r.Mentions, p.read.Location)
	}
	for _, m := range r.Mentions {
		v := m.Value
		if v.Timex == "" {
			// Words that looked like a date and are none ("29 février 2014"),
			// or a relative phrase of an undated text: no value to give.
			continue
		}
		jm := jsonlMention{
			Span:      [2]int{a.OrigOffset(m.Span.Start), a.OrigOffset(m.Span.End)},
			Text:      m.Text,
			Type:      string(v.Type),
			Value:     v.Timex,
			Grain:     v.Grain.String(),
			Certainty: v.Certainty.String(),
			Reason:    v.Reason,
			RelDay:    v.RelDay,
			Rule:      m.Rule,
		}
		if v.Bounded() {
			jm.From, jm.To = v.From.Format(time.RFC3339), v.To.Format(time.RFC3339)
		}
		if m.AnchorIndex >= 0 {
			k := m.AnchorIndex
			jm.Anchor = &k
		}
		res.Mentions = append(res.Mentions, jm)
	}
	// Inner phrases first: the ends of a range ("18 h", "à 23 h") come
	// before the range they make ("de 18 h à 23 h"), each in text order.
	slices.SortStableFunc(res.Mentions, func(a, b jsonlMention) int {
		return cmp.Or(cmp.Compare(a.Span[1], b.Span[1]), cmp.Compare(a.Span[1]-a.Span[0], b.Span[1]-b.Span[0]))
	})
	return res, nil
}
