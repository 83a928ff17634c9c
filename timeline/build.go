package timeline

import (
	"cmp"
	"context"
	"fmt"
	"slices"
)

// Options says how Build and Process read articles.
type Options struct {
	Resolve ResolveOptions
	// Resolver, when set, resolves the articles, remembering what it
	// resolved for the next ones; nil resolves each article afresh.
	Resolver *Resolver
	// Languages gives the chronology's cues of each article's language
	// (see Language) and the words its sentences are cut with (its
	// Split); nil dates every sentence with no phrase by its article, and
	// cuts sentences with no language's abbreviations or connectives.
	Languages Languages
}

// Result is what Build makes of one article.
type Result struct {
	Article   *Article
	Mentions  []Mention
	Reference Value
	Events    []Event
}

// Process tags, resolves and extracts the events of one article.
func Process(ctx context.Context, a *Article, t Tagger, opt Options) (Result, error) {
	return ProcessAppend(ctx, a, t, opt, nil)
}

// ProcessAppend is Process, the article's mentions appended to buf when t
// is an AppendTagger: the result's Mentions share buf's memory. A caller
// that keeps only the events (streaming them out) gives each article the
// Mentions of the one before, buf[:0], and tags a tenth faster.
func ProcessAppend(ctx context.Context, a *Article, t Tagger, opt Options, buf []Mention) (Result, error) {
	r, err := TagResolveAppend(ctx, a, t, opt, buf)
	if err != nil {
		return Result{}, err
	}
	r.Events = ExtractIn(a, r.Mentions, r.Reference, opt.Languages.of(a.Lang))
	return r, nil
}

// TagResolveAppend is ProcessAppend without the events: the phrases and
// the story's day alone, for a caller that prints phrases (frise tag).
// Events cost a third of a whole process.
func TagResolveAppend(ctx context.Context, a *Article, t Tagger, opt Options, buf []Mention) (Result, error) {
	var ms []Mention
	var err error
	if at, ok := t.(AppendTagger); ok {
		ms, err = at.TagAppend(ctx, buf, a)
		ms = ms[len(buf):]
	} else {
		ms, err = t.Tag(ctx, a)
	}
	if err != nil {
		return Result{}, fmt.Errorf("tag %s: %w", a.ID, err)
	}
	var ref Value
	if opt.Resolver != nil {
		ref = opt.Resolver.Resolve(a, ms, opt.Resolve)
	} else {
		ref = Resolve(a, ms, opt.Resolve)
	}
	return Result{Article: a, Mentions: ms, Reference: ref}, nil
}

// Build processes every article and merges their events into one chronology.
// It stops at the first error of the tagger or of ctx.
func Build(ctx context.Context, articles []*Article, t Tagger, opt Options) (Chronology, error) {
	results := make([]Result, 0, len(articles))
	for _, a := range articles {
		if err := ctx.Err(); err != nil {
			return Chronology{}, err
		}
		r, err := Process(ctx, a, t, opt)
		if err != nil {
			return Chronology{}, err
		}
		results = append(results, r)
	}
	return Merge(results), nil
}

// Merge gathers the events of many articles in one total order: earliest
// start, then latest end, then article order, then position in the text.
func Merge(results []Result) Chronology {
	var c Chronology
	if len(results) > 0 {
		c.Articles = make([]ArticleInfo, 0, len(results))
	}
	// The events are sorted by reference: an event is some 250 bytes, and
	// a stable sort moves its items many times.
	type keyed struct {
		ev      *Event
		article int
		offset  int
	}
	var all []keyed
	for i, r := range results {
		a := r.Article
		c.Articles = append(c.Articles, ArticleInfo{
			ID: a.ID, File: a.File, Source: a.Source, Lang: a.Lang, Date: a.Date, URL: a.URL, Title: a.Title,
			Reference: r.Reference, Mentions: len(r.Mentions), Events: len(r.Events),
		})
		for k := range r.Events {
			e := &r.Events[k]
			if e.DatedBy == Undated {
				c.Undated = append(c.Undated, *e)
				continue
			}
			all = append(all, keyed{e, i, e.Sources[0].ClauseSpan.Start})
		}
	}
	slices.SortStableFunc(all, func(a, b keyed) int {
		return cmp.Or(
			a.ev.Value.From.Compare(b.ev.Value.From),
			b.ev.Value.To.Compare(a.ev.Value.To),
			cmp.Compare(a.article, b.article),
			cmp.Compare(a.offset, b.offset),
		)
	})
	if len(all) > 0 {
		c.Events = make([]Event, 0, len(all))
	}
	for _, k := range all {
		c.Events = append(c.Events, *k.ev)
	}
	return c
}
