package swar

import "testing"

// TestWords: Has and Below mark each byte as a test of the byte alone
// would, for every byte value at every place among every other.
func TestWords(t *testing.T) {
	for _, other := range []byte{0, 0x1f, 0x20, '"', '\\', 'a', 0x7f, 0x80, 0xc3, 0xff} {
		for place := range 8 {
			for v := range 256 {
				b := []byte{other, other, other, other, other, other, other, other}
				b[place] = byte(v)
				w := LoadBytes(b)
				if Load(string(b)) != w {
					t.Fatalf("Load(%q) != LoadBytes", b)
				}
				if ASCII(w) != (v < 0x80 && other < 0x80) {
					t.Errorf("ASCII(%q) = %v", b, ASCII(w))
				}
				for _, c := range []byte{0, '"', '\\', '\'', 0x7f} {
					for i, x := range b {
						if got := Has(w, c)>>(8*i+7)&1 == 1; got != (x == c) {
							t.Errorf("Has(%q, %#x) byte %d: %v", b, c, i, got)
						}
					}
				}
				for _, n := range []byte{1, 0x20, 0x41, 0x7f, 0x80} {
					for i, x := range b {
						if got := Below(w, n)>>(8*i+7)&1 == 1; got != (x < n) {
							t.Errorf("Below(%q, %#x) byte %d: %v", b, n, i, got)
						}
					}
				}
			}
		}
	}
}
