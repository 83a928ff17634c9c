package timeline

import (
	"testing"
	"unicode/utf8"
)

// TestLastRune: lastRune reads the last rune as utf8 does, two-byte runes,
// broken bytes and the others, after any byte.
func TestLastRune(t *testing.T) {
	for a := range 256 {
		for b := range 256 {
			for _, s := range []string{string([]byte{byte(a), byte(b)}), "é" + string([]byte{byte(a), byte(b)}), "\xe2" + string([]byte{byte(a), byte(b)})} {
				r, n := lastRune(s)
				if wr, wn := utf8.DecodeLastRuneInString(s); r != wr || n != wn {
					t.Fatalf("lastRune(%q) = %U %d, want %U %d", s, r, n, wr, wn)
				}
			}
		}
	}
}
