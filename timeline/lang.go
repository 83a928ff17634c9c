package timeline

import (
	"strings"
	"unicode"
)

// DetectLang tells French from English by counting a few very common words
// in the first few kilobytes: cheap, deterministic, and right on any
// paragraph of press copy. It returns "fr" or "en" ("fr" on a tie, the
// project's first language).
func DetectLang(text string) string {
	if len(text) > 4096 {
		text = text[:4096]
	}
	fr, en := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		switch w {
		case "le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "que", "au", "sur", "pas", "avec", "a", "ont", "été":
			fr++
		case "the", "of", "and", "to", "in", "is", "was", "for", "that", "on", "with", "by", "said", "were", "has", "have", "at":
			en++
		}
	}
	if en > fr {
		return "en"
	}
	return "fr"
}
