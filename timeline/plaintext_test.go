package timeline

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// checkPlainText: what plainText calls valid NFC is.
func checkPlainText(t *testing.T, text string) bool {
	t.Helper()
	valid, nfc := plainText(text)
	if valid && !utf8.ValidString(text) {
		t.Errorf("%q: called valid UTF-8", text)
	}
	if nfc && !norm.NFC.IsNormalString(text) {
		t.Errorf("%q: called NFC", text)
	}
	return valid && nfc
}

// TestPlainText: press copy in French and English is read in one pass;
// what needs normalising, or is no UTF-8, is left to the full checks.
func TestPlainText(t *testing.T) {
	for _, s := range []string{"", "Mardi soir, la police a chargé « à l’aube » — 5 €, 3 °C… Œuvre, naïve, ÉTÉ",
		"The “quoted” words – and ‘more’ • ½ £ ¥"} {
		if !checkPlainText(t, s) {
			t.Errorf("%q: left to the full checks", s)
		}
	}
	for _, s := range []string{"e\u0301te", "\u212b", "\u2000", "ﬁ ok", "bad \xff", "\xe9t\xe9", "한국", "a\u0300"} {
		if checkPlainText(t, s) {
			t.Errorf("%q: read in one pass", s)
		}
	}
}

// FuzzPlainText: any text.
func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"été", "e\u0301", "\u00c5\u030a", "\u2126"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPlainText(t, s) })
}

// TestPlainTextLong: runs of ASCII longer than eight bytes, read eight at
// a time, with a rune past ASCII, one to normalise or invalid UTF-8 at
// every place.
func TestPlainTextLong(t *testing.T) {
	for _, c := range []struct {
		special string
		plain   bool
	}{{"é", true}, {"’", true}, {"e\u0301", false}, {"\u212b", false}, {"\xff", false}, {"\xc3", false}, {"\x7f", true}} {
		for at := 0; at <= 20; at++ {
			s := strings.Repeat("a", at) + c.special + strings.Repeat("b", 20-at)
			if got := checkPlainText(t, s); got != c.plain {
				t.Errorf("%q: read in one pass %v, want %v", s, got, c.plain)
			}
		}
	}
}
