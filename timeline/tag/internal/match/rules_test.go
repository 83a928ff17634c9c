package match

import (
	"regexp"

	"frise/timeline/en"
	"frise/timeline/fr"
)

// window is the longest window the tests read: the tagger's.
const window = 120

// rulePatterns are the anchored patterns of frise's French and English
// rules, by language: the engine knows nothing of them, but they are the
// workload it is built for, a large one (tens of thousands of
// instructions), and the tests check it against regexp on them.
func rulePatterns() map[string][]*regexp.Regexp {
	type anchorable interface{ Anchored() *regexp.Regexp }
	out := map[string][]*regexp.Regexp{}
	for lang, rs := range map[string][]any{"fr": anys(fr.All()), "en": anys(en.All())} {
		for _, r := range rs {
			if a, ok := r.(anchorable); ok && a.Anchored() != nil {
				out[lang] = append(out[lang], a.Anchored())
			}
		}
	}
	return out
}

func anys[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
