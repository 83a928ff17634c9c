// Package swar tests eight bytes of a string at once, in a word of 64
// bits (SIMD within a register): the readers of article text (JSON
// strings, UTF-8 and NFC checks, language detection) pass runs of plain
// ASCII eight bytes at a time instead of one.
package swar

// Ones and Tops are 1 and 0x80 in each byte of a word.
const (
	Ones = 0x0101010101010101
	Tops = 0x8080808080808080
)

// Load is the first eight bytes of s (len(s) >= 8), the first the lowest.
func Load(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// LoadBytes is Load of a byte slice.
func LoadBytes(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// ASCII reports whether the eight bytes of w are all ASCII.
func ASCII(w uint64) bool { return w&Tops == 0 }

// Has marks, by its top bit, each byte of w that is c (c < 0x80). The
// test is exact for each byte: its top bit is kept apart, so that no sum
// carries from one byte into the next.
func Has(w uint64, c byte) uint64 {
	t := w ^ uint64(c)*Ones
	return ^((t&^Tops + 0x7F*Ones) | t) & Tops
}

// Below marks, by its top bit, each ASCII byte of w below n (n <= 0x80).
func Below(w uint64, n byte) uint64 {
	return ^(w&^Tops + uint64(0x80-n)*Ones) &^ w & Tops
}
