package en

import (
	"strings"
	"unicode"

	"github.com/olebedev/when/rules"
)

// spelledMeridiem is one of when's clock rules (Hour, HourMinute) but for
// a bare letter after a space: when reads "a" and "p" alone as a.m. and
// p.m., so "$2 a share" and "3 a day" were 02:00 and 03:00. "5 am",
// "5a.", "11 P.M." and "5pm" are still read.
type spelledMeridiem struct{ rules.Rule }

// Find returns the first match of the wrapped rule in text whose meridiem
// is not a lone letter after a space.
func (r spelledMeridiem) Find(text string) *rules.Match {
	off := 0
	for off <= len(text) {
		m := r.Rule.Find(text[off:])
		if m == nil {
			return nil
		}
		if !loneLetter(m.Text) {
			m.Left, m.Right = m.Left+off, m.Right+off
			return m
		}
		off += max(m.Right, 1)
	}
	return nil
}

// loneLetter reports whether s ends in a single letter set off by a space
// ("2 a", "10:30 p"), a word of the sentence rather than a meridiem.
func loneLetter(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' })
	n := len(s)
	return n >= 2 && unicode.IsLetter(rune(s[n-1])) && s[n-2] == ' '
}
