// Package pipeline runs frise's steps over articles, as the frise command
// does: read, tag (with the French or English grammar, chosen per
// article), resolve, extract, merge. It is the package a Go program
// imports to get what `frise tag`, `frise extract` and `frise build` give;
// frise/render then writes the chronology as a chart or as data.
//
//	p := pipeline.New(pipeline.Options{})
//	for a, err := range p.Articles("story.txt", r) { … }
//	res, err := p.Process(ctx, a)          // mentions, reference day, events
//	chron := p.Merge([]timeline.Result{res}) // one chronology
//	render.HTML(w, chron, render.Options{})
//
// A Pipeline is safe for concurrent use, and its output depends only on its
// input: the same article gives the same bytes, whatever runs beside it.
package pipeline

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"runtime"
	"strings"
	"sync"
	"time"

	"frise/timeline"
	"frise/timeline/expr"
	"frise/timeline/lang"
	"frise/timeline/languages"
	"frise/timeline/tag"
)

// Options say how a Pipeline reads articles. The zero value reads them as
// frise does when told nothing.
type Options struct {
	// Location is the time zone of article dates that carry no offset;
	// nil means UTC.
	Location *time.Location
	// MaxBytes bounds one article; 0 means timeline.DefaultMaxBytes.
	MaxBytes int
	// Lang, "fr" or "en", reads every article in that language; "" reads
	// each in its own (a JSONL "lang"), else the one detected.
	Lang string
	// Prefer is the direction of phrases whose tense says nothing
	// (expr.DirPast or expr.DirFuture, of frise/timeline/expr);
	// expr.DirAuto reads the tense.
	Prefer expr.Direction
	// Anchor is the day articles dated only by month or year are read
	// from; zero means none.
	Anchor time.Time
	// NoMerge keeps every event of every article apart in Merge.
	NoMerge bool
	// Similarity is the share of content words two clauses need in common
	// to be one event; 0 means timeline.DefaultMerge's.
	Similarity float64
}

// Pipeline is a configured path from articles to a chronology.
type Pipeline struct {
	read    timeline.ReadOptions
	opt     timeline.Options
	lang    string
	taggers map[string]*lazyTagger // by language tag
	first   string                 // the tag of the first language, read when an article's is none of them
	merge   timeline.MergeOptions
	stamps  sync.Pool // of *rfc3339, for Timexes
}

// lazyTagger is a language's tagger, compiled the first time an article
// in that language comes: compiling one takes about 70 ms, more than
// tagging an article, and most runs read one language.
type lazyTagger struct {
	once sync.Once
	lang lang.Language
	t    *tag.Tagger
}

func (l *lazyTagger) get() *tag.Tagger {
	l.once.Do(func() { l.t = tag.For(l.lang) })
	return l.t
}

// New returns a Pipeline reading as opt says.
func New(opt Options) *Pipeline {
	loc := opt.Location
	if loc == nil {
		loc = time.UTC
	}
	p := &Pipeline{
		read:    timeline.ReadOptions{Location: loc, MaxBytes: opt.MaxBytes},
		lang:    opt.Lang,
		taggers: map[string]*lazyTagger{},
		merge:   timeline.DefaultMerge(),
	}
	p.stamps.New = func() any { return new(rfc3339) }
	langs := map[string]*lang.Language{}
	for i, l := range languages.All() {
		p.taggers[l.Tag] = &lazyTagger{lang: l}
		langs[l.Tag] = &l
		if i == 0 {
			p.first = l.Tag
		}
	}
	// The chronology's cues of each article's language (see
	// lang.Language).
	cuesOf := func(tag string) *lang.Language { return langs[tag] }
	if p.read.MaxBytes <= 0 {
		p.read.MaxBytes = timeline.DefaultMaxBytes
	}
	p.opt.Resolve = timeline.ResolveOptions{Prefer: opt.Prefer, Anchor: opt.Anchor, Languages: cuesOf}
	p.opt.Resolver = timeline.NewResolver()
	p.merge.Off = opt.NoMerge
	if opt.Similarity > 0 {
		p.merge.Similarity = opt.Similarity
	}
	p.opt.Languages = cuesOf
	p.merge.Resolve = p.opt.Resolve
	p.merge.Languages = cuesOf
	p.merge.StopWords = languages.StopWords()
	return p
}

// ReadOptions are the options the Pipeline reads articles with.
func (p *Pipeline) ReadOptions() timeline.ReadOptions { return p.read }

// Articles reads the articles of one input, in order: JSONL when its name
// says so (.jsonl, .ndjson) or its first byte opens a JSON object, else
// frise's text layout (see timeline.Articles); gzip is undone first. A bad
// article is yielded as an error (a *timeline.ParseError naming the input
// and line) and the others are still read.
func (p *Pipeline) Articles(name string, r io.Reader) iter.Seq2[*timeline.Article, error] {
	return Read(name, r, p.read)
}

// Read is Articles, with the given options.
func Read(name string, r io.Reader, opt timeline.ReadOptions) iter.Seq2[*timeline.Article, error] {
	return func(yield func(*timeline.Article, error) bool) {
		for read, err := range ReadLater(name, r, opt) {
			var a *timeline.Article
			if err == nil {
				a, err = read()
			}
			if !yield(a, err) {
				return
			}
		}
	}
}

// ReadLater is Read, each JSONL line's decoding left to the caller: it
// yields for each article a function that decodes it (and gives a text
// article, read already). A caller with workers (frise extract) calls
// them in its workers: decoding JSON costs more than reading lines.
func ReadLater(name string, r io.Reader, opt timeline.ReadOptions) iter.Seq2[func() (*timeline.Article, error), error] {
	return func(yield func(func() (*timeline.Article, error), error) bool) {
		br := bufio.NewReader(r)
		if strings.HasSuffix(strings.ToLower(name), ".gz") || isGzip(br) {
			zr, err := gzip.NewReader(br)
			if err != nil {
				yield(nil, fmt.Errorf("gzip: %w", err))
				return
			}
			defer zr.Close()
			br = bufio.NewReader(zr)
		}
		base := strings.TrimSuffix(strings.ToLower(name), ".gz")
		if strings.HasSuffix(base, ".jsonl") || strings.HasSuffix(base, ".ndjson") || firstByte(br) == '{' {
			for l, err := range timeline.JSONLLines(name, br, opt) {
				if !yield(l.Article, err) {
					return
				}
			}
			return
		}
		for a, err := range timeline.Articles(name, br, opt) {
			if !yield(func() (*timeline.Article, error) { return a, nil }, err) {
				return
			}
		}
	}
}

func isGzip(br *bufio.Reader) bool {
	b, err := br.Peek(2)
	return err == nil && b[0] == 0x1f && b[1] == 0x8b
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

// Process tags the article with the grammar of its language (the
// configured one, else the article's own, else the one detected, which
// it records in a.Lang), resolves its phrases and extracts its events.
func (p *Pipeline) Process(ctx context.Context, a *timeline.Article) (timeline.Result, error) {
	return p.ProcessAppend(ctx, a, nil)
}

// ProcessAppend is Process, with the mentions written over buf (see
// timeline.ProcessAppend).
func (p *Pipeline) ProcessAppend(ctx context.Context, a *timeline.Article, buf []timeline.Mention) (timeline.Result, error) {
	return p.processWith(ctx, a, p.opt, buf, true)
}

// TagResolve is Process without the events: the article's phrases and
// its story's day, what frise tag prints.
func (p *Pipeline) TagResolve(ctx context.Context, a *timeline.Article) (timeline.Result, error) {
	return p.processWith(ctx, a, p.opt, nil, false)
}

// processWith tags and resolves the article, and extracts its events when
// asked (tagging alone prints no event: they cost a third of its time).
func (p *Pipeline) processWith(ctx context.Context, a *timeline.Article, opt timeline.Options, buf []timeline.Mention, events bool) (timeline.Result, error) {
	if a.Lang != "" {
		// A language frise does not read is refused as the configuration's
		// lang is, not read as French.
		if _, ok := p.taggers[strings.ToLower(baseLang(a.Lang))]; !ok {
			return timeline.Result{}, &timeline.ParseError{Pos: a.Position(0), Err: fmt.Errorf("lang %q: want %s (or a tag of one, such as %s-BE)", a.Lang, languages.Want(), p.first)}
		}
	}
	if p.lang != "" {
		a.Lang = p.lang
	}
	if a.Lang == "" {
		a.Lang = languages.Detect(a.Text)
	}
	l, ok := p.taggers[strings.ToLower(baseLang(a.Lang))]
	if !ok {
		l = p.taggers[p.first]
	}
	process := timeline.ProcessAppend
	if !events {
		process = timeline.TagResolveAppend
	}
	r, err := process(ctx, a, l.get(), opt, buf)
	if err != nil {
		return r, err
	}
	if err := checkYears(r); err != nil {
		return r, &timeline.ParseError{Pos: a.Position(0), Err: err}
	}
	return r, nil
}

// checkYears refuses an article where a date falls outside the years
// 0001-9999 ("la veille" of an article of 0001-01-01, "l'an prochain" in
// one of 9999): TIMEX3 and ISO 8601 write years of four digits.
func checkYears(r timeline.Result) error {
	out := func(v timeline.Value) bool {
		if v.From.IsZero() {
			return false
		}
		if s := v.From.Unix(); safeFrom < s && v.To.Unix() < safeTo {
			// Within 0002-9998 in UTC, within 0001-9999 in any zone: the
			// tests below, which read the year in the value's zone, are
			// for the ends of the calendar (each was a hundredth of frise
			// tag --jsonl).
			return false
		}
		if v.From.Year() < 1 {
			return true
		}
		// Each in the value's own zone; To is the end, excluded. A year
		// before 9999 is well before (no zone is a day off), and building
		// the end for every phrase was a thirtieth of frise tag --jsonl.
		if v.To.Year() < 9999 {
			return false
		}
		return v.To.After(time.Date(10000, 1, 1, 0, 0, 0, 0, v.To.Location()))
	}
	for _, m := range r.Mentions {
		if out(m.Value) {
			return fmt.Errorf("%q falls outside the years 0001-9999, the only ones frise writes", m.Text)
		}
	}
	if out(r.Reference) {
		return errors.New("the story's day falls outside the years 0001-9999, the only ones frise writes")
	}
	for _, e := range r.Events {
		if out(e.Value) {
			return fmt.Errorf("an event (%q) falls outside the years 0001-9999, the only ones frise writes", e.Clause)
		}
	}
	return nil
}

// safeFrom and safeTo are 0002-01-01 and 9998-01-01 UTC, in Unix
// seconds: a time between them is in the years 0001-9999 in any zone (an
// offset is less than a day).
const (
	safeFrom = -62104060800
	safeTo   = 253339228800
)

// ProcessAll processes the articles with a pool of workers (0: one per
// CPU), calling done, when not nil, after each. The results keep the
// articles' order whatever the scheduling, so they never depend on the
// number of workers. The first error, or the context's, is returned.
func (p *Pipeline) ProcessAll(ctx context.Context, as []*timeline.Article, workers int, done func()) ([]timeline.Result, error) {
	results, errs, err := p.ProcessEach(ctx, as, workers, done)
	if err != nil {
		return nil, err
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return results, nil
}

// ProcessEach is ProcessAll, with each article's error beside its result
// (a *timeline.ParseError for an article frise cannot read, such as one
// in a language it does not know): a caller may skip those and keep the
// others. err is the context's.
func (p *Pipeline) ProcessEach(ctx context.Context, as []*timeline.Article, workers int, done func()) (results []timeline.Result, errs []error, err error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(1, len(as)))
	results = make([]timeline.Result, len(as))
	errs = make([]error, len(as))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i], errs[i] = p.Process(ctx, as[i])
				if done != nil {
					done()
				}
			}
		}()
	}
	for i := range as {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := context.Cause(ctx); err != nil {
		return nil, nil, err
	}
	return results, errs, nil
}

// Merge gathers the events of processed articles in one chronology,
// making one event of the reports of the same event (unless NoMerge).
func (p *Pipeline) Merge(results []timeline.Result) timeline.Chronology {
	return timeline.MergeWith(results, p.merge)
}

func baseLang(tag string) string {
	for i := 0; i < len(tag); i++ {
		if tag[i] == '-' || tag[i] == '_' {
			return tag[:i]
		}
	}
	return tag
}

// MergeOptions are the options Merge uses.
func (p *Pipeline) MergeOptions() timeline.MergeOptions { return p.merge }

// Warm compiles the tagger of every language now, rather than when the
// first article in each comes: a service does it before it listens, so
// that no request pays for it.
func (p *Pipeline) Warm() {
	for _, l := range p.taggers {
		l.get()
	}
}
