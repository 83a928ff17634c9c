package timeline

import (
	"context"

	"frise/timeline/expr"
)

// Span is a byte range [Start, End) in an article's text.
type Span struct {
	Start, End int
}

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether s and o share a byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Mention is one time phrase found in an article's text.
type Mention struct {
	Span Span
	// Text is the phrase as written: the article text at Span.
	Text string
	// Rule names the grammar rule that found the phrase.
	Rule string
	// Expr is what the phrase says, before resolution.
	Expr expr.Expr
	// Value is what it resolves to; zero until Resolve.
	Value Value
	// AnchorIndex is the index of the mention a phrase such as "la veille"
	// counts from, or -1 for the article date.
	AnchorIndex int
	// Tense is the direction the clause's verbs gave, when the phrase needed one.
	Tense expr.Direction
	// Part marks a phrase inside a range phrase ("18 h" in "de 18 h à 23
	// h"), read on its own as TIMEX3 annotates the ends of a range. The range
	// dates the event; a part dates none.
	Part bool
	// Joined marks a day and its time of day written together ("le jeudi
	// 9 mars à 20 h"), which the language's annotators write as two
	// TIMEX3s (lang.Joins.ClockApart): the phrase dates the event at the
	// instant, and its day and its clock follow it as Parts.
	Joined bool
}

// Tagger finds the time phrases of an article, in text order, with what each
// one says (Expr), unresolved.
type Tagger interface {
	Tag(ctx context.Context, a *Article) ([]Mention, error)
}

// AppendTagger is a Tagger that appends an article's phrases to a slice
// its caller gives: a caller done with one article's phrases gives the
// same slice again, and the next are written over memory the processor's
// cache still holds (see ProcessAppend).
type AppendTagger interface {
	Tagger
	TagAppend(ctx context.Context, dst []Mention, a *Article) ([]Mention, error)
}

// TaggerFunc lets a plain function be a Tagger.
type TaggerFunc func(ctx context.Context, a *Article) ([]Mention, error)

// Tag calls f.
func (f TaggerFunc) Tag(ctx context.Context, a *Article) ([]Mention, error) { return f(ctx, a) }
