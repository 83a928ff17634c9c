package timeline_test

import (
	"strings"
	"testing"
	"unicode"

	"frise/timeline"
)

// TestLower: Lower and LowerRune give what strings.ToLower and
// unicode.ToLower give, on every rune of the Basic Multilingual Plane and
// on words of French and English news.
func TestLower(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if got, want := timeline.LowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("LowerRune(%U) = %U, want %U", r, got, want)
		}
	}
	for _, s := range []string{"", "mardi", "Mardi", "ÉTÉ", "été", "L’AN", "Noël", "ÆSOP", "×2", "İstanbul",
		"ΣΟΦΙΑ", "bad\xffbyte", "Ǆ", "mi-JUILLET", "août", "AOÛT"} {
		if got, want := timeline.Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
	// Latin-1, read by a path of its own, every letter in every place;
	// and its lead byte broken.
	for r := rune(0x80); r <= 0xFF; r++ {
		for _, s := range []string{string(r), "a" + string(r), string(r) + "b", "a" + string(r) + "\xc3"} {
			if got, want := timeline.Lower(s), strings.ToLower(s); got != want {
				t.Errorf("Lower(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
