// Package flatjson decodes the JSON objects of a JSONL corpus whose
// fields are all strings ({"id": "…", "date": "…", "text": "…"}), as
// encoding/json decodes them into a struct of strings, without reflection:
// encoding/json's validation, reflection and copies were a tenth of frise
// tag --jsonl's CPU. Anything less plain (a null, a number, an object or
// an array as a value, a malformed line, invalid UTF-8, a surrogate
// escape, a key that is not plain ASCII) is left to encoding/json: Decode
// says so, and the caller decodes the line with it, for its result and
// its error message alike.
package flatjson

import (
	"strings"
	"unicode/utf8"

	"frise/timeline/internal/swar"
)

// Decode decodes line, one JSON object, into dst: dst[i] gets the value
// of the key names[i] (lower case ASCII), matched as encoding/json
// matches a struct field's name (exactly, else without regard to ASCII
// case; the last of keys given twice wins); other keys are skipped.
// It reports false, dst then undefined, when the line is not one it
// reads as encoding/json would: the caller then decodes it with
// encoding/json.
func Decode(line []byte, names []string, dst []*string) bool {
	d := decoder{s: line}
	d.space()
	if !d.byte('{') {
		return false
	}
	d.space()
	if !d.byte('}') {
		for {
			key, ok := d.key()
			if !ok {
				return false
			}
			d.space()
			if !d.byte(':') {
				return false
			}
			d.space()
			val, ok := d.str()
			if !ok {
				return false
			}
			for i, n := range names {
				if len(key) == len(n) && asciiEqualFold(key, n) {
					*dst[i] = val
					break
				}
			}
			d.space()
			if d.byte('}') {
				break
			}
			if !d.byte(',') {
				return false
			}
			d.space()
		}
	}
	d.space()
	return d.i == len(d.s)
}

type decoder struct {
	s []byte
	i int
}

// space skips JSON white space.
func (d *decoder) space() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// byte reads c if it comes next.
func (d *decoder) byte(c byte) bool {
	if d.i < len(d.s) && d.s[d.i] == c {
		d.i++
		return true
	}
	return false
}

// key reads a key: a string of printable ASCII with no escape (the only
// keys whose matching is ASCII's case folding alone).
func (d *decoder) key() ([]byte, bool) {
	if !d.byte('"') {
		return nil, false
	}
	start := d.i
	for ; d.i < len(d.s); d.i++ {
		switch c := d.s[d.i]; {
		case c == '"':
			d.i++
			return d.s[start : d.i-1], true
		case c < 0x20 || c >= utf8.RuneSelf || c == '\\':
			return nil, false
		}
	}
	return nil, false
}

// str reads a string value: valid UTF-8, no control byte, escapes of
// one character or \uXXXX outside the surrogates.
func (d *decoder) str() (string, bool) {
	if !d.byte('"') {
		return "", false
	}
	start := d.i
	// The plain run: most values have no escape. Eight bytes at a time
	// while none ends it ('"', '\\', a control byte).
	for d.i < len(d.s) {
		if d.i+8 <= len(d.s) {
			if w := swar.LoadBytes(d.s[d.i:]); swar.Has(w, '"')|swar.Has(w, '\\')|swar.Below(w, 0x20) == 0 {
				d.i += 8
				continue
			}
		}
		c := d.s[d.i]
		if c == '"' {
			s := d.s[start:d.i]
			d.i++
			if !utf8.Valid(s) {
				return "", false
			}
			return string(s), true
		}
		if c < 0x20 {
			return "", false
		}
		if c == '\\' {
			break
		}
		d.i++
	}
	var b strings.Builder
	b.Grow(d.i - start + 64)
	b.Write(d.s[start:d.i])
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			s := b.String()
			if !utf8.ValidString(s) {
				return "", false
			}
			return s, true
		case c < 0x20:
			return "", false
		case c != '\\':
			j := d.i + 1
			for j < len(d.s) && d.s[j] != '"' && d.s[j] != '\\' && d.s[j] >= 0x20 {
				j++
			}
			b.Write(d.s[d.i:j])
			d.i = j
			continue
		}
		if d.i+1 >= len(d.s) {
			return "", false
		}
		switch e := d.s[d.i+1]; e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := hex4(d.s[d.i+2:])
			if !ok || 0xD800 <= r && r < 0xE000 {
				return "", false
			}
			b.WriteRune(r)
			d.i += 4
		default:
			return "", false
		}
		d.i += 2
	}
	return "", false
}

// hex4 reads four hexadecimal digits.
func hex4(s []byte) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// asciiEqualFold compares a key with a lower case name, ASCII letters of
// either case alike.
func asciiEqualFold(key []byte, name string) bool {
	for i := range len(name) {
		c := key[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != name[i] {
			return false
		}
	}
	return true
}
