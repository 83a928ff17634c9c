package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"frise/timeline"
)

// openOf says whether m is the one named end of a range the text leaves
// open: +1 after "depuis", "since" ("fermé depuis vendredi": from Friday
// to the article's time), -1 after "jusqu'à", "until" ("il restera
// jusqu'à jeudi": from the article's time to Thursday), +2 after "à
// partir de", "starting", "from" ("à partir de lundi": from Monday
// on, to an end the text does not give), +3 after "après", "after" and -3
// after "avant", "before" (sometime after its end, or before its start),
// else 0. The signal may be the phrase's own first word ("depuis 1995") or
// the words before it ("jusqu'au 20 janvier": "jusqu'" then "au 20
// janvier").
func openOf(text string, m *timeline.Mention) int {
	e := &m.Expr
	if !e.Type.IsPoint() || e.Range != nil || e.Timex != "" {
		return 0
	}
	first := openWord(firstWord(m.Text))
	w1, at := wordBefore(text, m.Span.Start)
	var w2 string // read only after the few words that ask for it
	switch w1 {
	case "à", "a", "partir", "de", "d'", "d’":
		w2, at = wordBefore(text, at)
	}
	switch {
	case first == "depuis" || first == "since" || w1 == "depuis" || w1 == "since":
		return 1
	case strings.HasPrefix(first, "jusqu") || first == "until" || first == "till",
		w1 == "jusqu'" || w1 == "jusqu’" || w1 == "until" || w1 == "till",
		(w1 == "à" || w1 == "a") && (w2 == "jusqu'" || w2 == "jusqu’"): // "jusqu'à jeudi"
		return -1
	case w1 == "starting" || w1 == "from" || first == "from":
		// Not "dès": "a nommé dès hier" is as early as yesterday, a point.
		return 2
	case first == "après" || first == "apres" || first == "after" || w1 == "après" || w1 == "apres" || w1 == "after":
		return 3
	case first == "avant" || first == "before" || w1 == "avant" || w1 == "before":
		return -3
	case w1 == "partir" && (w2 == "à" || w2 == "a"): // "à partir du 18 janvier"
		return 2
	case (w1 == "de" || w1 == "d'" || w1 == "d’") && w2 == "partir": // "à partir de lundi"
		if w3, _ := wordBefore(text, at); w3 == "à" || w3 == "a" {
			return 2
		}
	}
	return 0
}

// openWord is w lowered when it is one of the words below that open a
// range (or that starts with "jusqu"), else "": most phrases start with
// another, and are not lowered (a copy, for a capital) to be told so.
func openWord(w string) string {
	if w == "" {
		return ""
	}
	var words []string // those that start with w's first letter
	switch w[0] | 0x20 {
	case 'a':
		words = []string{"après", "apres", "after", "avant"}
	case 'b':
		words = []string{"before"}
	case 'd':
		words = []string{"depuis"}
	case 'f':
		words = []string{"from"}
	case 's':
		words = []string{"since"}
	case 't':
		words = []string{"till"}
	case 'u':
		words = []string{"until"}
	case 'j':
		if len(w) >= len("jusqu") && lowerIs(w[:len("jusqu")], "jusqu") {
			return timeline.Lower(w)
		}
	}
	for _, lw := range words {
		if lowerIs(w, lw) {
			return lw
		}
	}
	return ""
}

// lowerIs reports whether timeline.Lower(s) is lw, without lowering s.
func lowerIs(s, lw string) bool {
	j := 0
	for _, r := range s { // a broken byte reads as U+FFFD, as Lower writes it
		r = timeline.LowerRune(r)
		if r < utf8.RuneSelf {
			if j >= len(lw) || lw[j] != byte(r) {
				return false
			}
			j++
			continue
		}
		var b [utf8.UTFMax]byte
		n := utf8.EncodeRune(b[:], r)
		if !strings.HasPrefix(lw[j:], string(b[:n])) {
			return false
		}
		j += n
	}
	return j == len(lw)
}

// wordBefore returns the word ending before i, lower case, an elided word
// with its apostrophe ("jusqu'"), and where it starts; "" at a
// punctuation mark.
func wordBefore(text string, i int) (string, int) {
	end := i
	for end > 0 && (text[end-1] == ' ' || text[end-1] == '\t') {
		end--
	}
	j := end
	if j > 0 && text[j-1] == '\'' {
		j--
	} else if strings.HasSuffix(text[:j], "’") {
		j -= len("’")
	}
	for j > 0 {
		if c := text[j-1]; c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				break
			}
			j--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= size
	}
	if j == end || !unicode.IsLetter(firstRuneOf(text[j:end])) {
		return "", j
	}
	return timeline.Lower(text[j:end]), j
}

func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
