package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/olebedev/when/rules"

	"frise/config"
	"frise/timeline"
	"frise/timeline/en"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// pipeline is the configured path from an article to its events.
type pipeline struct {
	read    timeline.ReadOptions
	opt     timeline.Options
	lang    string
	taggers map[string]*lazyTagger
	merge   timeline.MergeOptions
}

// lazyTagger is a language's tagger, compiled the first time an article
// in that language comes: compiling one takes about 70 ms, more than
// tagging an article, and most runs read one language.
type lazyTagger struct {
	once  sync.Once
	rules func() []rules.Rule
	t     *tag.Tagger
}

func (l *lazyTagger) get() *tag.Tagger {
	l.once.Do(func() { l.t = tag.New(l.rules()...) })
	return l.t
}

func newPipeline(cfg config.Config) (*pipeline, error) {
	loc := time.UTC
	if cfg.Timezone != "" {
		l, err := time.LoadLocation(cfg.Timezone)
		if err != nil {
			return nil, &usageError{fmt.Errorf("timezone %q: %w", cfg.Timezone, err)}
		}
		loc = l
	}
	p := &pipeline{
		read:    timeline.ReadOptions{Location: loc, MaxBytes: cfg.MaxArticleBytes},
		lang:    cfg.Lang,
		taggers: map[string]*lazyTagger{"fr": {rules: fr.All}, "en": {rules: en.All}},
	}
	if p.read.MaxBytes <= 0 {
		p.read.MaxBytes = timeline.DefaultMaxBytes
	}
	switch cfg.Prefer {
	case "past":
		p.opt.Resolve.Prefer = timeline.DirPast
	case "future":
		p.opt.Resolve.Prefer = timeline.DirFuture
	}
	p.opt.Resolver = timeline.NewResolver()
	p.merge = timeline.DefaultMerge()
	p.merge.Off = !cfg.Merge
	p.merge.Similarity = cfg.MergeSimilarity
	if cfg.Anchor != "" {
		t, err := time.ParseInLocation("2006-01-02", cfg.Anchor, loc)
		if err != nil {
			return nil, &usageError{fmt.Errorf("anchor %q: want YYYY-MM-DD", cfg.Anchor)}
		}
		p.opt.Resolve.Anchor = t
	}
	p.merge.Resolve = p.opt.Resolve
	return p, nil
}

// process sets the article's language (configured, given, or detected) and
// runs the tagger of that language.
func (p *pipeline) process(ctx context.Context, a *timeline.Article) (timeline.Result, error) {
	return p.processAppend(ctx, a, nil)
}

// processAppend is process, the mentions written in buf (see
// timeline.ProcessAppend).
func (p *pipeline) processAppend(ctx context.Context, a *timeline.Article, buf []timeline.Mention) (timeline.Result, error) {
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
	t := l.get()
	return timeline.ProcessAppend(ctx, a, t, p.opt, buf)
}

// processAll processes the articles with a pool of workers (0: one per
// CPU). Results keep the articles' order, whatever the scheduling, so the
// output never depends on the number of workers.
func (p *pipeline) processAll(ctx context.Context, as []*timeline.Article, workers int, done func()) ([]timeline.Result, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(1, len(as)))
	results := make([]timeline.Result, len(as))
	errs := make([]error, len(as))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i], errs[i] = p.process(ctx, as[i])
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
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return results, nil
}

func baseLang(tag string) string {
	for i := 0; i < len(tag); i++ {
		if tag[i] == '-' || tag[i] == '_' {
			return tag[:i]
		}
	}
	return tag
}
