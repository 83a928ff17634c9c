package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Detector tells languages apart by counting their very common words in
// the first few kilobytes of a text: cheap, deterministic, and right on
// any paragraph of press copy.
type Detector struct {
	tags []string
	// The common words, each packed in a uint64 (its bytes from the
	// highest, a word of 8 bytes at most and no NUL in it), in a table
	// open-addressed by a multiplicative hash: 0 is an empty slot, and
	// langs[i] the index of the language of keys[i]. A map of strings
	// was a tenth of frise tag --jsonl's CPU on articles that do not
	// say their language: every word of the text is looked up.
	keys  []uint64
	langs []uint8
	shift uint // 64 - log2(len(keys))
}

// NewDetector tells the languages ls apart, the first winning a tie.
func NewDetector(ls []Language) *Detector {
	d := &Detector{}
	words := map[uint64]int{}
	var order []uint64
	for i, l := range ls {
		d.tags = append(d.tags, l.Tag)
		for _, w := range l.Common {
			k, ok := wordKey(w)
			if _, seen := words[k]; !ok || seen {
				continue
			}
			words[k] = i
			order = append(order, k)
		}
	}
	size, bits := 16, uint(4)
	for size < 2*len(order) {
		size, bits = 2*size, bits+1
	}
	d.keys, d.langs, d.shift = make([]uint64, size), make([]uint8, size), 64-bits
	for _, k := range order {
		i := d.slot(k)
		d.keys[i], d.langs[i] = k, uint8(min(words[k], 255))
	}
	return d
}

// wordByte lowers the ASCII letters and keeps the apostrophe, what Detect
// reads as a word's bytes; 0 for any other ASCII byte, notASCII for the
// others.
var wordByte = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	t['\''] = '\''
	for c := utf8.RuneSelf; c < len(t); c++ {
		t[c] = notASCII
	}
	return t
}()

const notASCII = 0xFF

// wordKey packs a word of 1 to 8 bytes, none NUL, in a uint64, its first
// byte the highest.
func wordKey(w string) (uint64, bool) {
	if w == "" || len(w) > 8 || strings.IndexByte(w, 0) >= 0 {
		return 0, false
	}
	var k uint64
	for i := range len(w) {
		k = k<<8 | uint64(w[i])
	}
	return k, true
}

// slot is where key k is in the table, or the empty slot where it would be.
func (d *Detector) slot(k uint64) int {
	mask := len(d.keys) - 1
	for i := int((k * 0x9E3779B97F4A7C15) >> d.shift); ; i = (i + 1) & mask {
		if d.keys[i] == k || d.keys[i] == 0 {
			return i
		}
	}
}

// Detect returns the tag of the language whose common words are most
// frequent in the first 4,096 bytes of text (the first language on a
// tie, none read included); "" if there is no language.
//
// A word is a run of letters and apostrophes ("'"), lowered as
// strings.ToLower lowers them. It is read in one pass, lowered into a
// word of 64 bits and looked up there: `frise extract` asks it of every
// article that does not say its language, and lowering each article's
// head, then splitting it into words, took 7% of its time. Read so, it
// was still 8% of the instructions of frise tag --jsonl: a byte is now
// classed by one table (wordByte), shifted in rather than placed, and a
// letter of Latin-1 or Latin Extended-A (French accents) lowered from a
// table (latinLower), not by unicode.ToLower, which searches the case
// ranges for each.
func (d *Detector) Detect(text string) string {
	if len(d.tags) == 0 {
		return ""
	}
	if len(text) > 4096 {
		text = text[:4096]
	}
	var counts [8]int
	count := counts[:0]
	if len(d.tags) <= len(counts) {
		count = counts[:len(d.tags)]
	} else {
		count = make([]int, len(d.tags))
	}
	// The word being read, packed as wordKey packs it (past 8 bytes, its
	// last 8: the common words are no longer), and its length in bytes
	// (0 between words).
	var word uint64
	n := 0
	for i := 0; i < len(text); {
		// The ASCII letters that come, in a loop of their own.
		l := wordByte[text[i]]
		for l-1 < notASCII-1 { // neither 0 nor notASCII
			word = word<<8 | uint64(l)
			n++
			if i++; i == len(text) {
				break
			}
			l = wordByte[text[i]]
		}
		if i == len(text) {
			break
		}
		if l == notASCII {
			r, size := latinLower(text[i:]), 2
			if r == 0 {
				r, size = utf8.DecodeRuneInString(text[i:])
				if r = unicode.ToLower(r); !unicode.IsLetter(r) {
					r = -1
				}
			}
			i += size
			if r > 0 {
				var b [utf8.UTFMax]byte
				for _, c := range b[:utf8.EncodeRune(b[:], r)] {
					word = word<<8 | uint64(c)
					n++
				}
				continue
			}
			l = 0 // no letter
		} else {
			i++ // no letter
		}
		// No letter: the end of the word read, if any.
		if 0 < n && n <= 8 {
			if k := d.slot(word); d.keys[k] == word {
				count[d.langs[k]]++
			}
		}
		n, word = 0, 0
	}
	if 0 < n && n <= 8 {
		if k := d.slot(word); d.keys[k] == word {
			count[d.langs[k]]++
		}
	}
	best := 0
	for l := range count {
		if count[l] > count[best] {
			best = l
		}
	}
	return d.tags[best]
}

// latinLower reads the rune of two bytes s starts with, when it is one of
// U+00C0 to U+017F (Latin-1's letters, Latin Extended-A): the rune
// lowered if it is a letter, -1 if it is none; 0 for any other rune.
func latinLower(s string) rune {
	if len(s) < 2 || s[0] < 0xC3 || s[0] > 0xC5 || s[1]&0xC0 != 0x80 {
		return 0
	}
	return latin[(rune(s[0]&0x1F)<<6|rune(s[1]&0x3F))-0xC0]
}

// latin is latinLower's table, from U+00C0: unicode.ToLower of each
// rune, or -1 when that is no letter (unicode.IsLetter).
var latin = func() (t [0x180 - 0xC0]rune) {
	for i := range t {
		r := unicode.ToLower(rune(0xC0 + i))
		if !unicode.IsLetter(r) {
			r = -1
		}
		t[i] = r
	}
	return t
}()
