package timeline

import (
	"context"
	"fmt"
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
