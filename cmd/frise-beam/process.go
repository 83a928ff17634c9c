package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/olebedev/when/rules"

	"frise/timeline"
	"frise/timeline/en"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// Settings are the reading and merging settings of frise, as the
// pipeline's steps carry them to the workers (exported fields: Beam
// serialises a DoFn by them). They mean what frise's keys of the same
// name mean.
type Settings struct {
	Timezone        string
	Anchor          string
	Lang            string
	Prefer          string
	MaxArticleBytes int
	Merge           bool
	MergeSimilarity float64
}

// defaultSettings are frise's defaults (config.Default).
func defaultSettings() Settings {
	return Settings{MaxArticleBytes: 8 << 20, Merge: true, MergeSimilarity: 0.5}
}

// proc is frise's path from an article to its events, as cmd/frise sets it
// up (newPipeline there): the library's taggers, resolver and merge
// options, configured the same way.
type proc struct {
	loc     *time.Location
	read    timeline.ReadOptions
	opt     timeline.Options
	lang    string
	taggers map[string]*lazyTagger
	merge   timeline.MergeOptions
}

// lazyTagger compiles a language's tagger the first time an article in
// that language comes (about 70 ms).
type lazyTagger struct {
	once  sync.Once
	rules func() []rules.Rule
	t     *tag.Tagger
}

func (l *lazyTagger) get() *tag.Tagger {
	l.once.Do(func() { l.t = tag.New(l.rules()...) })
	return l.t
}

func newProc(s Settings) (*proc, error) {
	loc := time.UTC
	if s.Timezone != "" {
		l, err := time.LoadLocation(s.Timezone)
		if err != nil {
			return nil, fmt.Errorf("timezone %q: %w", s.Timezone, err)
		}
		loc = l
	}
	p := &proc{
		loc:     loc,
		read:    timeline.ReadOptions{Location: loc, MaxBytes: s.MaxArticleBytes},
		lang:    s.Lang,
		taggers: map[string]*lazyTagger{"fr": {rules: fr.All}, "en": {rules: en.All}},
	}
	if p.read.MaxBytes <= 0 {
		p.read.MaxBytes = timeline.DefaultMaxBytes
	}
	switch s.Prefer {
	case "":
	case "past":
		p.opt.Resolve.Prefer = timeline.DirPast
	case "future":
		p.opt.Resolve.Prefer = timeline.DirFuture
	default:
		return nil, fmt.Errorf("prefer %q: want past or future", s.Prefer)
	}
	p.opt.Resolver = timeline.NewResolver()
	p.merge = timeline.DefaultMerge()
	p.merge.Off = !s.Merge
	p.merge.Similarity = s.MergeSimilarity
	if s.Anchor != "" {
		t, err := time.ParseInLocation("2006-01-02", s.Anchor, loc)
		if err != nil {
			return nil, fmt.Errorf("anchor %q: want YYYY-MM-DD", s.Anchor)
		}
		p.opt.Resolve.Anchor = t
	}
	p.merge.Resolve = p.opt.Resolve
	return p, nil
}

// process sets the article's language (configured, given, or detected) and
// runs the library on it: timeline.Process with that language's tagger.
func (p *proc) process(ctx context.Context, a *timeline.Article) (timeline.Result, error) {
	if p.lang != "" {
		a.Lang = p.lang
	}
	if a.Lang == "" {
		a.Lang = timeline.DetectLang(a.Text)
	}
	l, ok := p.taggers[baseLang(a.Lang)]
	if !ok {
		l = p.taggers["fr"]
	}
	return timeline.Process(ctx, a, l.get(), p.opt)
}

func baseLang(tag string) string {
	for i := 0; i < len(tag); i++ {
		if tag[i] == '-' || tag[i] == '_' {
			return tag[:i]
		}
	}
	return tag
}
