// Package jsonstr quotes a string as encoding/json does, without
// reflection or an encoder: the hand-written JSON of frise tag, extract and
// the JSON chronology write most of their bytes through it.
package jsonstr

import "unicode/utf8"

// plain marks the ASCII bytes written as they are: [0] as encoding/json
// writes them with HTML escaping off, [1] with it on ('<', '>' and '&'
// escaped too).
var plain = func() (t [2][utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[0][c] = c != '"' && c != '\\'
		t[1][c] = t[0][c] && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// Append appends s quoted as encoding/json quotes a string: '"' and '\'
// escaped, control bytes as \b \f \n \r \t or \u00XX, invalid UTF-8 as
// \ufffd, U+2028 and U+2029 as \u2028 and \u2029 (which JavaScript once
// read as line ends); with html, '<', '>' and '&' as \u003c, \u003e and
// \u0026, as encoding/json does unless SetEscapeHTML(false).
//
// Bytes written as they are go eight at a time where they can, and two-byte
// UTF-8 (French accents) without decoding it: tag --jsonl writes a few
// hundred thousand strings, and reading them a byte at a time was a
// twentieth of its instructions.
func Append(b []byte, s string, html bool) []byte {
	const hex = "0123456789abcdef"
	t := &plain[0]
	if html {
		t = &plain[1]
	}
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		for i+8 <= len(s) {
			// Eight bytes at once, written as they are if none is
			// ASCII's above 0x7f, a control byte, '"' or '\\' (nor with
			// html '<', '>' or '&'): a byte below n, or equal to c,
			// borrows into its top bit when n, or c then 1, is taken
			// from each byte (a borrow out of a byte that passed only
			// follows one out of a byte that failed).
			w := load64(s[i:])
			m := w | (w - 0x20*ones) | (w ^ '"'*ones - ones) | (w ^ '\\'*ones - ones)
			if html {
				m |= (w ^ '<'*ones - ones) | (w ^ '>'*ones - ones) | (w ^ '&'*ones - ones)
			}
			if m&tops != 0 {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			if t[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default: // other control bytes, and '<', '>', '&' with html
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		} else if 0xC2 <= c && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2 // a valid rune of two bytes, U+0080 to U+07FF: written as it is
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// ones and tops are 1 and 0x80 in each byte of a word.
const ones, tops = 0x0101010101010101, 0x8080808080808080

// load64 is the first eight bytes of s, the first the lowest.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
