package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"frise/config"
	"frise/render/jsonstr"
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
	config.AddFlags(cmd.Flags(), config.ReadingKeys()...)
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
	workers := opts.Config.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	defer tableGC(workers)()
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
	// Workers tag and write each article's rows; the rows go to the
	// table in the articles' order, aligned together.
	type rows struct {
		text string
		err  error
	}
	feed := func(yield func(*timeline.Article) bool) {
		for _, a := range as {
			if !yield(a) {
				return
			}
		}
	}
	work := func(_ int, a *timeline.Article) rows {
		r, err := p.TagResolve(cmd.Context(), a)
		if err != nil {
			return rows{err: err}
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%s\t%s, dated %s, %s\n", a.ID, a.Lang, a.Date.Timex, describeRef(r.Reference))
		// The phrases as --jsonl writes them: a range as its two ends, a
		// date and its clock apart, spans without their SIGNAL ("à").
		pos := a.Positions()
		for _, m := range p.Timexes(a, r, nil) {
			certainty := m.Certainty
			if m.RelDay != nil {
				certainty += fmt.Sprintf(" J%+d", *m.RelDay)
			}
			fmt.Fprintf(&b, "  %s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", pos(m.Start), m.Text, m.Type, m.Value,
				between(m.From, m.To), m.Grain, certainty, m.Rule)
		}
		return rows{text: b.String()}
	}
	w := tabwriter.NewWriter(opts.Out, 0, 4, 2, ' ', 0)
	emit := func(r rows) error {
		var pe *timeline.ParseError
		if errors.As(r.err, &pe) {
			bad = append(bad, pe)
			return nil
		}
		if r.err != nil {
			return r.err
		}
		_, err := io.WriteString(w, r.text)
		return err
	}
	if err := inOrder(cmd.Context(), workers, feed, work, emit, func() error { return nil }); err != nil {
		return err
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

// between is interval's for the RFC 3339 bounds of the tagging contract.
func between(from, to string) string {
	f, errF := time.Parse(time.RFC3339, from)
	t, errT := time.Parse(time.RFC3339, to)
	if errF != nil || errT != nil {
		return "-"
	}
	return "[" + stamp(f) + ", " + stamp(t) + ")"
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

// jsonlOut is one line of the evaluation contract's output, and
// jsonlMention one phrase of it: the library's, which POST /v1/tag writes too.
type (
	jsonlOut     = fpipe.Tags
	jsonlMention = fpipe.TagMention
)

// tagLineIn is one line of a JSONL input (its number, 0 for none), or
// an input that could not be read to its end (err), or the end of an
// input (last: its IDs are forgotten).
type tagLineIn struct {
	pos  timeline.Position
	line []byte
	err  error
	last bool
}

// tagLineOut is a line's output, encoded by its worker, and its error.
type tagLineOut struct {
	tagLineIn
	id   string
	json []byte
}

// tagBatch is the lines a worker is handed at once, and what it made of
// them. Its memory goes from batch to batch (see tagBatches).
type tagBatch struct {
	in   []tagLineIn
	text []byte // the lines, one after another
	out  []tagLineOut
	json []byte // the output, one line after another
}

// A worker is handed the lines read one after another without waiting,
// up to tagBatchLines lines or tagBatchBytes bytes, rather than a line
// at a time: handing each line to a worker and its output to the writer
// (a goroutine woken twice a line) was a tenth of tag --jsonl's CPU, and
// kept a second worker from paying. A line that is not followed at once
// by another (a co-process waiting for its answer) goes alone.
const (
	tagBatchLines = 64
	tagBatchBytes = 64 << 10
)

// tagBatches keeps the batches written out for the next ones: a batch's
// input and output (some 300 KB) made anew for each were a third of
// what tag --jsonl allocated, and as much work for the collector.
type tagBatches struct{ free chan *tagBatch }

func (bs tagBatches) get() *tagBatch {
	select {
	case b := <-bs.free:
		return b
	default:
		return &tagBatch{}
	}
}

func (bs tagBatches) put(b *tagBatch) {
	if cap(b.text) > tagBatchBytes || cap(b.json) > 8*tagBatchBytes {
		return // a long line's: not kept
	}
	clear(b.in)
	clear(b.out)
	b.in, b.text, b.out, b.json = b.in[:0], b.text[:0], b.out[:0], b.json[:0]
	select {
	case bs.free <- b:
	default:
	}
}

// tagJSONL streams: a line's output is written as soon as it and the lines
// before it are tagged, and flushed as soon as no other is ready, so that
// frise tag --jsonl can answer a program that writes it a line and waits
// for the answer (a co-process). Workers decode, tag and encode; the
// output keeps the input's order whatever their number.
func tagJSONL(cmd *cobra.Command, opts *tagOptions, p *pipeline) error {
	// With no input named, standard input even at a terminal: inputs is
	// not asked, as it would wait for stdin's first byte to choose.
	ins := []input{{name: "-", open: func() (io.ReadCloser, error) { return io.NopCloser(opts.In), nil }}}
	if len(opts.Args) > 0 {
		var err error
		if ins, _, err = inputs(opts.Args, opts.streams); err != nil {
			return &usageError{err}
		}
	}
	ctx := cmd.Context()
	workers := opts.Config.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// At most a batch a worker in hand and one waiting for each other.
	batches := tagBatches{free: make(chan *tagBatch, 2*workers+1)}
	feed := func(yield func(*tagBatch) bool) {
		var batch *tagBatch
		send := func() bool {
			if batch == nil || len(batch.in) == 0 {
				return true
			}
			ok := yield(batch)
			batch = nil
			return ok
		}
		add := func(in tagLineIn, ready bool) bool {
			if batch == nil {
				batch = batches.get()
			}
			if in.line != nil {
				text := batch.text
				if len(text)+len(in.line) > tagBatchBytes && len(text) > 0 {
					if !send() {
						return false
					}
					batch = batches.get()
					text = batch.text
				}
				if cap(text) < tagBatchBytes {
					text = make([]byte, 0, tagBatchBytes)
				}
				if len(in.line) > cap(text)-len(text) {
					in.line = bytes.Clone(in.line)
				} else {
					text = append(text, in.line...)
					in.line = text[len(text)-len(in.line):]
				}
				batch.text = text
			}
			batch.in = append(batch.in, in)
			if ready && len(batch.in) < tagBatchLines {
				return true
			}
			return send()
		}
		for _, in := range ins {
			rc, err := in.open()
			if err != nil {
				if !add(tagLineIn{pos: timeline.Position{File: in.name}, err: err}, false) {
					return
				}
				continue
			}
			sc := bufio.NewScanner(ctxReader{ctx, rc})
			sc.Buffer(make([]byte, 64<<10), p.read.MaxBytes+4096)
			// ready: the scanner holds the next line whole, and reads
			// nothing to give it (nothing that could wait).
			ready := false
			sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
				advance, token, err := bufio.ScanLines(data, atEOF)
				ready = token != nil && (atEOF || bytes.IndexByte(data[advance:], '\n') >= 0)
				return advance, token, err
			})
			more := true
			for line := 1; more && sc.Scan(); line++ {
				if len(bytes.TrimSpace(sc.Bytes())) > 0 {
					more = add(tagLineIn{pos: timeline.Position{File: in.name, Line: line}, line: sc.Bytes()}, ready)
				} else if !ready {
					more = send()
				}
			}
			rc.Close()
			if !more || context.Cause(ctx) != nil {
				return
			}
			// The next input may make us wait (standard input): what
			// this one gave goes now.
			if !add(tagLineIn{pos: timeline.Position{File: in.name}, err: sc.Err(), last: true}, false) {
				return
			}
		}
		send()
	}
	defer streamGC(workers)()
	// Each worker writes an article's phrases over the last one's, up to
	// a bound (as extract's do).
	bufs := make([][]timeline.Mention, workers)
	tms := make([][]jsonlMention, workers) // and their TIMEX3s over the last one's

	work := func(w int, b *tagBatch) *tagBatch {
		size := 0
		for _, in := range b.in {
			size += len(in.line)
		}
		// The lines' output, one after another: about three times their
		// input on news (growing it as it came was a twentieth of the CPU).
		if need := 3*size + 512; cap(b.json) < need {
			b.json = make([]byte, 0, need)
		}
		text := b.json[:0]
		for _, in := range b.in {
			o := tagLineOut{tagLineIn: in}
			if in.line != nil {
				res, ms, err := tagLine(cmd, p, in.line, bufs[w][:0], tms[w])
				if bufs[w] = ms; cap(ms) > maxKeptMentions {
					bufs[w] = nil
				}
				if err != nil {
					res.Error = err.Error()
				}
				o.id, o.err = res.ID, err
				start := len(text)
				text = appendTags(text, res)
				o.json = text[start:len(text):len(text)]
				if tms[w] = res.Mentions; cap(tms[w]) > maxKeptMentions {
					tms[w] = nil
				}
			}
			b.out = append(b.out, o)
		}
		b.json = text // grown, if the lines outgrew it: each line's bytes stay where they were appended
		return b
	}
	// Written out after each run of batches, at most a batch's output at
	// once: with 4 KB, a write a few lines (2,500 write calls on the
	// benchmark JSONL, some 120 now).
	out := bufio.NewWriterSize(opts.Out, 256<<10)
	var bad timeline.ErrorList
	var ids idLines // the current input's, and their lines
	emit := func(b *tagBatch) error {
		defer batches.put(b)
		for _, o := range b.out {
			if o.line == nil {
				if o.err != nil {
					bad.Add(o.pos, o.err)
				}
				if o.last {
					ids.reset()
				}
				continue
			}
			if o.err == nil && o.id != "" {
				if first, dup := ids.add(o.id, o.pos.Line); dup {
					o.err = fmt.Errorf("id %q is already the id of line %d: ids name one article each", o.id, first)
					o.json = encodeTags(jsonlOut{ID: o.id, Mentions: []jsonlMention{}, Error: o.err.Error()})
				}
			}
			if o.err != nil {
				bad.Add(o.pos, o.err)
			}
			if _, err := out.Write(o.json); err != nil {
				return err
			}
		}
		return nil
	}
	err := inOrder(ctx, workers, feed, work, emit, out.Flush)
	if cause := context.Cause(ctx); cause != nil {
		out.Flush() // the lines answered so far
		return cause
	}
	if err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if len(bad) > 0 {
		return &partialError{errs: bad}
	}
	return nil
}

// encodeTags is a line of tag --jsonl's output.
func encodeTags(t jsonlOut) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(t) // strings and numbers: nothing that cannot be encoded
	return b.Bytes()
}

// tagLine tags one JSONL line, its phrases written over buf, returned for
// the next line, its TIMEX3s over tms (the result's Mentions).
func tagLine(cmd *cobra.Command, p *pipeline, line []byte, buf []timeline.Mention, tms []jsonlMention) (jsonlOut, []timeline.Mention, error) {
	res, buf, err := p.TagJSONAppend(cmd.Context(), line, buf, tms)
	if pe := (*timeline.ParseError)(nil); errors.As(err, &pe) {
		return res, buf, pe.Err // the caller names the line
	}
	return res, buf, err
}

// appendTags appends t as encodeTags encodes it, byte for byte, without
// reflection: encoding/json was an eighth of tag --jsonl's CPU.
// TestAppendTags compares the two.
func appendTags(b []byte, t jsonlOut) []byte {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, t.ID)
	b = append(b, `,"mentions":`...)
	if t.Mentions == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range t.Mentions {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendTagMention(b, &t.Mentions[i])
		}
		b = append(b, ']')
	}
	b = appendOptString(b, `,"error":`, t.Error)
	b = appendOptString(b, `,"note":`, t.Note)
	return append(b, "}\n"...)
}

func appendTagMention(b []byte, m *jsonlMention) []byte {
	b = append(b, `{"span":[`...)
	b = strconv.AppendInt(b, int64(m.Span[0]), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(m.Span[1]), 10)
	b = append(b, `],"text":`...)
	b = appendJSONString(b, m.Text)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, m.Type)
	b = append(b, `,"value":`...)
	b = appendJSONString(b, m.Value)
	b = appendOptString(b, `,"from":`, m.From)
	b = appendOptString(b, `,"to":`, m.To)
	b = append(b, `,"grain":`...)
	b = appendJSONString(b, m.Grain)
	b = append(b, `,"certainty":`...)
	b = appendJSONString(b, m.Certainty)
	b = appendOptString(b, `,"reason":`, m.Reason)
	if m.RelDay != nil {
		b = append(b, `,"rel_day":`...)
		b = strconv.AppendInt(b, int64(*m.RelDay), 10)
	}
	b = append(b, `,"rule":`...)
	b = appendJSONString(b, m.Rule)
	if m.Anchor != nil {
		b = append(b, `,"anchor":`...)
		b = strconv.AppendInt(b, int64(*m.Anchor), 10)
	}
	b = appendOptString(b, `,"range":`, m.Range)
	return append(b, '}')
}

// appendOptString appends key and s, as a field with omitempty: nothing
// when s is empty.
func appendOptString(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendJSONString(append(b, key...), s)
}

// appendJSONString appends s as encoding/json writes a string with HTML
// escaping off, as frise tag always wrote it.
func appendJSONString(b []byte, s string) []byte { return jsonstr.Append(b, s, false) }
