package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// LowerRune is unicode.ToLower, without its search of the Unicode case
// tables for the letters of French and English text (ASCII and Latin-1),
// which the tagger and the tense reader lower by the hundred thousand.
func LowerRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case 0xC0 <= r && r <= 0xDE && r != 0xD7: // À..Þ but ×
		return r + 0x20
	case r < 0x100:
		return r
	}
	return unicode.ToLower(r)
}

// Lower is strings.ToLower, with LowerRune: a word already in lower case
// is returned as it is, without a copy.
func Lower(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return lowerFrom(s, i)
			}
			i++
			continue
		}
		if c == 0xC3 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 { // Latin-1, French's accents: À (C3 80) to ÿ
			if b := s[i+1]; b < 0x9F && b != 0x97 { // a capital: À to Þ but ×
				return lowerFrom(s, i)
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if LowerRune(r) != r || r == utf8.RuneError && size == 1 { // a broken byte is written as U+FFFD
			return lowerFrom(s, i)
		}
		i += size
	}
	return s
}

// lowerFrom is s lowered, s[:i] being lower case already.
func lowerFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if r < utf8.RuneSelf {
			b.WriteByte(byte(LowerRune(r))) // most words lowered are capitalized ASCII
			continue
		}
		b.WriteRune(LowerRune(r))
	}
	return b.String()
}

// lowerRunes is Lower of the first n runes of s, or of all of s when it
// has fewer: a prefix of Lower(s) of n bytes at least unless it is all of
// it (a rune lowers to one byte or more). hasWordPrefix(lowerRunes(s,
// len(w)+utf8.UTFMax), w) is hasWordPrefix(Lower(s), w), without lowering
// a whole sentence to read its first words.
func lowerRunes(s string, n int) string {
	k := 0
	for i := range s {
		if k == n {
			return Lower(s[:i])
		}
		k++
	}
	return Lower(s)
}
