package timeline

import (
	"unicode"
	"unicode/utf8"
)

// DetectLang tells French from English by counting a few very common words
// in the first few kilobytes: cheap, deterministic, and right on any
// paragraph of press copy. It returns "fr" or "en" ("fr" on a tie, the
// project's first language).
//
// A word is a run of letters and apostrophes ("'"), lowered as
// strings.ToLower lowers them. It is read in one pass, lowered into a
// small buffer and compared there: `frise extract` asks it of every
// article that does not say its language, and lowering each article's
// head, then splitting it into words, took 7% of its time.
func DetectLang(text string) string {
	if len(text) > 4096 {
		text = text[:4096]
	}
	fr, en := 0, 0
	var word [8]byte // the listed words are shorter
	n := 0           // bytes of the word read; past len(word), one too long to be listed
	for i := 0; ; {
		letter, size := false, 1
		if i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if letter = 'a' <= c && c <= 'z' || c == '\''; letter && n < len(word) {
					word[n] = c
				}
				if letter {
					n++
				}
			} else {
				var r rune
				r, size = utf8.DecodeRuneInString(text[i:])
				if r = unicode.ToLower(r); unicode.IsLetter(r) {
					letter = true
					if n+utf8.RuneLen(r) <= len(word) {
						n += utf8.EncodeRune(word[n:], r)
					} else {
						n = len(word) + 1
					}
				}
			}
		}
		if !letter && n > 0 {
			if n <= len(word) {
				switch string(word[:n]) {
				case "le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "que", "au", "sur", "pas", "avec", "a", "ont", "été":
					fr++
				case "the", "of", "and", "to", "in", "is", "was", "for", "that", "on", "with", "by", "said", "were", "has", "have", "at":
					en++
				}
			}
			n = 0
		}
		if i >= len(text) {
			break
		}
		i += size
	}
	if en > fr {
		return "en"
	}
	return "fr"
}
