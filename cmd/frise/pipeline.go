package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"time"

	"frise/config"
	"frise/timeline"
	"frise/timeline/expr"
	fpipe "frise/timeline/pipeline"
)

// pipeline is the configured path from an article to its events: the
// library's (frise/timeline/pipeline), which the service runs too, so that
// the command and the service give the same bytes.
type pipeline struct {
	*fpipe.Pipeline
	read  timeline.ReadOptions
	merge timeline.MergeOptions
}

// pipelineOptions turns the configuration into the library's options.
func pipelineOptions(cfg config.Config) (fpipe.Options, error) {
	loc := time.UTC
	if cfg.Timezone != "" {
		l, err := time.LoadLocation(cfg.Timezone)
		if err != nil {
			return fpipe.Options{}, &usageError{fmt.Errorf("timezone %q: %w", cfg.Timezone, err)}
		}
		loc = l
	}
	o := fpipe.Options{Location: loc, MaxBytes: cfg.MaxArticleBytes, Lang: cfg.Lang,
		NoMerge: !cfg.Merge, Similarity: cfg.MergeSimilarity}
	switch cfg.Prefer {
	case "past":
		o.Prefer = expr.DirPast
	case "future":
		o.Prefer = expr.DirFuture
	}
	if cfg.Anchor != "" {
		t, err := time.ParseInLocation("2006-01-02", cfg.Anchor, loc)
		if err != nil {
			return fpipe.Options{}, &usageError{fmt.Errorf("anchor %q: want YYYY-MM-DD", cfg.Anchor)}
		}
		o.Anchor = t
	}
	return o, nil
}

func newPipeline(cfg config.Config) (*pipeline, error) {
	o, err := pipelineOptions(cfg)
	if err != nil {
		return nil, err
	}
	p := fpipe.New(o)
	return &pipeline{Pipeline: p, read: p.ReadOptions(), merge: p.MergeOptions()}, nil
}

// process sets the article's language (configured, given, or detected) and
// runs the tagger of that language.
func (p *pipeline) process(ctx context.Context, a *timeline.Article) (timeline.Result, error) {
	return p.Process(ctx, a)
}

// processAppend is process, the mentions written in buf (see
// timeline.ProcessAppend).
func (p *pipeline) processAppend(ctx context.Context, a *timeline.Article, buf []timeline.Mention) (timeline.Result, error) {
	return p.ProcessAppend(ctx, a, buf)
}

// processAll processes the articles with a pool of workers (0: one per
// CPU). Results keep the articles' order, whatever the scheduling, so the
// output never depends on the number of workers. An article that cannot
// be processed (a *timeline.ParseError: a language frise does not read, a
// date it cannot write) is skipped and listed in bad.
//
// Unless keep, a result keeps its phrases only if merging may read them
// again (timeline.Result.Pinnable), and phrases[i] is how many results[i]
// had: each worker writes an article's phrases over the last one's, and
// those of 100,000 articles were a quarter of build's memory at its peak.
func (p *pipeline) processAll(ctx context.Context, as []*timeline.Article, workers int, done func(), keep bool) (results []timeline.Result, phrases []int, bad timeline.ErrorList, err error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(1, len(as)))
	all, errs, counts := make([]timeline.Result, len(as)), make([]error, len(as)), make([]int, len(as))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []timeline.Mention
			for i := range next {
				r, err := p.processAppend(ctx, as[i], buf[:0])
				counts[i] = len(r.Mentions)
				if cap(r.Events) > len(r.Events) {
					// Extraction makes room for an event a phrase and two
					// more: kept until merging, the room was 50-60 MB of
					// build's peak at 100,000 articles.
					r.Events = slices.Clone(r.Events)
				}
				switch {
				case keep || err == nil && r.Pinnable():
					r.Mentions = slices.Clone(r.Mentions)
				default:
					if buf = r.Mentions; cap(buf) > maxKeptMentions {
						buf = nil
					}
					r.Mentions = nil
				}
				all[i], errs[i] = r, err
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
		return nil, nil, nil, err
	}
	// The results are kept in place (all's memory): appended to a slice of
	// their own, 100,000 results of 256 bytes were grown and copied, 150
	// MB allocated while merging's memory was coming.
	results, phrases = all[:0], counts[:0]
	for i, err := range errs {
		var pe *timeline.ParseError
		switch {
		case err == nil:
			results = append(results, all[i])
			phrases = append(phrases, counts[i])
		case errors.As(err, &pe):
			bad = append(bad, pe)
		default:
			return nil, nil, nil, err
		}
	}
	clear(all[len(results):]) // those skipped
	return results, phrases, bad, nil
}
