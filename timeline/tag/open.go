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
// jusqu'à jeudi": from the article's time to Thursday), else 0. The
// signal may be the phrase's own first word ("depuis 1995") or the words
// before it ("jusqu'au 20 janvier": "jusqu'" then "au 20 janvier").
func openOf(text string, m *timeline.Mention) int {
	e := m.Expr
	if !e.Type.IsPoint() || e.Range != nil || e.Timex != "" {
		return 0
	}
	signal := strings.ToLower(firstWord(m.Text))
	if !isSignal(signal) {
		w1, start := wordBefore(text, m.Span.Start)
		signal = w1
		if w1 == "à" || w1 == "a" {
			// "jusqu'à jeudi": the word before "à".
			signal, _ = wordBefore(text, start)
		}
	}
	switch {
	case signal == "depuis" || signal == "since":
		return 1
	case signal == "jusqu'" || signal == "jusqu’" || signal == "until" || signal == "till":
		return -1
	}
	return 0
}

func isSignal(w string) bool {
	switch w {
	case "depuis", "since", "jusqu'", "jusqu’", "until", "till":
		return true
	}
	return false
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
	if r, size := utf8.DecodeLastRuneInString(text[:j]); r == '\'' || r == '’' {
		j -= size
	}
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= size
	}
	if j == end || !unicode.IsLetter(firstRuneOf(text[j:end])) {
		return "", j
	}
	return strings.ToLower(text[j:end]), j
}

func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
