package timeline

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/lang"
)

// neutral is the Language of an article whose language has no tables: no
// cue is read, so a sentence with no phrase is dated by its article.
var neutral = &lang.Language{}

// tenseOf is l's Tense, DirAuto for a language that has none.
func tenseOf(l *lang.Language, lw, next string) expr.Direction {
	if l.Tense == nil {
		return expr.DirAuto
	}
	return l.Tense(lw, next)
}

// Languages picks a language by an article's language tag ("fr",
// "en-GB"); nil when there is none.
type Languages func(tag string) *lang.Language

func (ls Languages) of(tag string) *lang.Language {
	if ls == nil {
		return neutral
	}
	tag = strings.ToLower(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if l := ls(tag); l != nil {
		return l
	}
	return neutral
}

// splitOf is what l's articles are cut into sentences and clauses with:
// its Split, else its own abbreviations and connectives.
func splitOf(l *lang.Language) lang.Split {
	if l.Split != nil {
		return *l.Split
	}
	return lang.Split{Abbreviations: l.Abbreviations, Connectives: l.Connectives}
}
