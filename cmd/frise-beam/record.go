package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"

	"frise/timeline"
)

// Record is one article as it travels between the pipeline's steps: the
// article's exported fields (what tagging, resolving and merging read), its
// dateline as ParseDate reads it back, and its place in the input.
//
// Results (mentions, values) do not travel: they hold zones and pointers
// with no wire form, so the merge step processes its articles again.
type Record struct {
	// Order sorts articles as frise reads them: the input pattern's index,
	// the file (a glob's files sorted), the article's index in the file.
	Order string
	ID    string
	File  string
	// Source, URL, Lang and Text are the article's, Text already
	// normalised and without its agency credit.
	Source, URL, Lang, Text string
	// Date is the dateline in ParseDate's form; DateZone tells a date-time
	// that carried its own offset from one read in the configured zone.
	Date     string
	DateZone bool
	// Comp is the merge component the article belongs to (see merge.go),
	// set before the merge step.
	Comp string
}

func orderKey(pattern int, file string, seq int) string {
	// NUL sorts before any byte of a path: "a.txt" before "a.txt.gz".
	return fmt.Sprintf("%04d\x00%s\x00%012d", pattern, file, seq)
}

// recordOf writes down an article read by the library.
func recordOf(order string, a *timeline.Article, loc interface{ String() string }) Record {
	r := Record{Order: order, ID: a.ID, File: a.File, Source: a.Source, URL: a.URL, Lang: a.Lang, Text: a.Text}
	d := a.Date
	switch d.Grain {
	case timeline.GrainYear, timeline.GrainMonth, timeline.GrainDay:
		r.Date = d.Timex
	default:
		// A date-time: with its own offset unless it was read in the
		// configured zone.
		if d.From.Location().String() != loc.String() {
			r.Date, r.DateZone = d.From.Format("2006-01-02T15:04:05Z07:00"), true
		} else {
			r.Date = d.From.Format("2006-01-02T15:04:05")
		}
	}
	return r
}

// article reads a record back into the article the library read.
func (p *proc) article(r Record) (*timeline.Article, error) {
	v, err := timeline.ParseDate(r.Date, p.loc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", r.ID, err)
	}
	return &timeline.Article{ID: r.ID, File: r.File, Source: r.Source, URL: r.URL, Lang: r.Lang,
		Date: v, Text: r.Text, Location: v.From.Location()}, nil
}

// readFn reads the articles of one file with the library's readers, as
// frise does (cmd/frise/input.go articlesOf): gzip by name or by its magic
// bytes, JSONL by name or when the first byte opens an object, else text.
type readFn struct {
	Pattern  int
	Settings Settings
	p        *proc
	articles beam.Counter
	bad      beam.Counter
}

func (f *readFn) Setup() error {
	p, err := newProc(f.Settings)
	f.p = p
	f.articles = beam.NewCounter("frise", "articles")
	f.bad = beam.NewCounter("frise", "errors")
	return err
}

func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Record), bad func(string)) error {
	name := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	defer rc.Close()
	arts, closeZ, err := articlesOf(name, rc, f.p.read)
	if err != nil {
		f.bad.Inc(ctx, 1)
		bad(fmt.Sprintf("%s: %v", name, err))
		return nil
	}
	defer closeZ()
	seq := 0
	for a, err := range arts {
		if err != nil {
			f.bad.Inc(ctx, 1)
			bad(err.Error())
			continue
		}
		f.articles.Inc(ctx, 1)
		emit(recordOf(orderKey(f.Pattern, name, seq), a, f.p.loc))
		seq++
	}
	return nil
}

func articlesOf(name string, r io.Reader, opt timeline.ReadOptions) (iter.Seq2[*timeline.Article, error], func() error, error) {
	closer := func() error { return nil }
	br := bufio.NewReader(r)
	if b, err := br.Peek(2); strings.HasSuffix(strings.ToLower(name), ".gz") || err == nil && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, nil, fmt.Errorf("gzip: %w", err)
		}
		closer = zr.Close
		br = bufio.NewReader(zr)
	}
	base := strings.TrimSuffix(strings.ToLower(name), ".gz")
	if strings.HasSuffix(base, ".jsonl") || strings.HasSuffix(base, ".ndjson") || firstByte(br) == '{' {
		return timeline.JSONLArticles(name, br, opt), closer, nil
	}
	return timeline.Articles(name, br, opt), closer, nil
}

// firstByte is the first byte that is not white space, or 0.
func firstByte(br *bufio.Reader) byte {
	for n := 1; n <= 4096; n++ {
		b, err := br.Peek(n)
		if len(b) < n {
			return 0
		}
		if c := b[n-1]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return c
		}
		if err != nil {
			return 0
		}
	}
	return 0
}
