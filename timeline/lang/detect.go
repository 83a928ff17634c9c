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
	// lowest, a word of 8 bytes at most and no NUL in it), in a table
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

// asciiLetters lowers the ASCII letters and keeps the apostrophe, what
// Detect reads as a word's bytes; 0 for any other byte.
var asciiLetters = func() (t [utf8.RuneSelf]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	t['\''] = '\''
	return t
}()

// wordKey packs a word of 1 to 8 bytes, none NUL, in a uint64.
func wordKey(w string) (uint64, bool) {
	if w == "" || len(w) > 8 || strings.IndexByte(w, 0) >= 0 {
		return 0, false
	}
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
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
// small buffer and looked up there: `frise extract` asks it of every
// article that does not say its language, and lowering each article's
// head, then splitting it into words, took 7% of its time.
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
	var word uint64 // the word's bytes, packed as wordKey packs them: the common words are no longer
	n := 0          // bytes of the word read; past 8, one too long to be listed
	for i := 0; i <= len(text); {
		if i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if l := asciiLetters[c]; l != 0 {
					if n < 8 {
						word |= uint64(l) << (8 * n)
					}
					n++
					i++
					continue
				}
			} else {
				r, size := utf8.DecodeRuneInString(text[i:])
				if r = unicode.ToLower(r); unicode.IsLetter(r) {
					if size := utf8.RuneLen(r); n+size <= 8 {
						var b [utf8.UTFMax]byte
						utf8.EncodeRune(b[:], r)
						for j := range size {
							word |= uint64(b[j]) << (8 * (n + j))
						}
						n += size
					} else {
						n = 9
					}
					i += size
					continue
				}
				i += size - 1
			}
		}
		// Not a letter, or the end: the word read, if any, is looked up.
		if n > 0 {
			if n <= 8 {
				if k := d.slot(word); d.keys[k] == word {
					count[d.langs[k]]++
				}
			}
			n, word = 0, 0
		}
		i++
	}
	best := 0
	for l := range count {
		if count[l] > count[best] {
			best = l
		}
	}
	return d.tags[best]
}
