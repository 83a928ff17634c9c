package tag

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"frise/timeline"
	"frise/timeline/rule"
	"frise/timeline/tag/internal/match"
)

// token is a word of a text (its letters, lowered), or a run of digits.
type token struct {
	start  int32
	digit  bool
	year   bool     // four digits
	joined bool     // digits, then '/', '.', '-' or ':' and a digit
	kind   wordKind // the word's, kept here: the tagger reads it at every token, the word only at a few
	info   *word    // what the tagger knows of the word
}

// wordKind says what a word may do, in bits.
type wordKind uint8

const (
	wordTriggers wordKind = 1 << iota // it triggers rules the automaton does not run
	wordFires                         // it triggers rules the automaton runs
	wordWalks                         // it may open a phrase of a rule the automaton runs
)

// is reports whether trigger w names the token.
func (tk token) is(w string) bool {
	return w == tk.info.key || w == rule.Year && tk.year || w == rule.Numeric && tk.joined
}

// word is what the tagger knows of a word: the rules it triggers and
// those whose phrases it may open.
type word struct {
	key      string // the word itself, lower case, shared by its tokens
	hash     uint64
	lo, hi   uint64 // its first 16 bytes, little-endian, zero past its end: compared in place of key
	triggers []int  // the rules it triggers that the automaton does not run
	opens    match.Set
	fire     match.Set // the rules it triggers that the automaton runs
	kind     wordKind
}

// lexicon is a worker's table of the words it has met. Every token of a
// text is looked up in it, by a hash the tokenizer computes from the
// word's bytes as it reads them, eight at a time (a map would read them
// again to hash them, a byte at a time).
type lexicon struct {
	slots []*word // open addressing; a power of two
	n     int
}

// maxWords bounds the words a lexicon remembers.
const maxWords = 1 << 15

// The hash of a word mixes its length and its bytes, eight at a time
// (little-endian, zero past the end), with multiplications; the last
// step folds the high bits down, as a slot is read from the low ones.
const (
	hashMul1 = 0x9E3779B97F4A7C15
	hashMul2 = 0xC2B2AE3D27D4EB4F
)

// hashWord is the hash of a word of n bytes whose first 16 are lo and hi.
func hashWord(lo, hi uint64, n int) uint64 {
	h := (lo ^ uint64(n)) * hashMul1
	h = (h ^ hi) * hashMul2
	return h ^ h>>29
}

// find returns the word key hashed to h, or nil.
func find[K string | []byte](l *lexicon, key K, h uint64) *word {
	if len(l.slots) == 0 {
		return nil
	}
	mask := uint64(len(l.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		w := l.slots[i]
		if w == nil || w.hash == h && w.key == string(key) {
			return w
		}
	}
}

// add adds w, which find did not find.
func (l *lexicon) add(w *word) {
	if l.n >= maxWords {
		clear(l.slots)
		l.n = 0
	}
	if 2*(l.n+1) > len(l.slots) {
		old := l.slots
		l.slots = make([]*word, max(1024, 2*len(old)))
		l.n = 0
		for _, o := range old {
			if o != nil {
				l.put(o)
			}
		}
	}
	l.put(w)
}

func (l *lexicon) put(w *word) {
	mask := uint64(len(l.slots) - 1)
	i := w.hash & mask
	for l.slots[i] != nil {
		i = (i + 1) & mask
	}
	l.slots[i] = w
	l.n++
}

// wordByte is the ASCII bytes a word or a run of digits is made of.
var wordByte = func() (b [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		b[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return b
}()

// hashOf is the hash of k, as the tokenizer computes it as it reads.
func hashOf[K string | []byte](k K) uint64 {
	lo, hi := chunk(k, 0), chunk(k, 8)
	if len(k) <= 16 {
		return hashWord(lo, hi, len(k))
	}
	h := (lo ^ uint64(len(k))) * hashMul1
	h = (h ^ hi) * hashMul2
	for i := 16; i < len(k); i += 8 {
		h = (h ^ chunk(k, i)) * hashMul2
	}
	return h ^ h>>29
}

// chunk is the eight bytes of k from i, little-endian, zero past its end.
func chunk[K string | []byte](k K, i int) uint64 {
	if i+8 <= len(k) {
		k = k[i : i+8]
		return uint64(k[0]) | uint64(k[1])<<8 | uint64(k[2])<<16 | uint64(k[3])<<24 |
			uint64(k[4])<<32 | uint64(k[5])<<40 | uint64(k[6])<<48 | uint64(k[7])<<56
	}
	var c uint64
	for j := min(len(k), i+8) - 1; j >= i; j-- {
		c = c<<8 | uint64(k[j])
	}
	return c
}

// load8 is the eight bytes of s from i, little-endian; i+8 <= len(s). Go
// reads them in one load.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// letters reads eight bytes at once: how many of them, from the first,
// are ASCII letters, and the eight with those letters lowered (their 0x20
// bit set; other bytes, "é"'s among them, as they are). Each byte is
// tested in its own lane, with no carry between lanes: with its 0x20 bit
// set, its low seven bits plus 0x1F reach 0x80 from 'a' on, plus 0x05
// from '{' on; a byte with its high bit set is no ASCII.
func letters(x uint64) (lowered uint64, n int) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	y := x | 0x20*ones
	t := y &^ highs
	in := (t + 0x1F*ones) &^ (t + 0x05*ones) &^ y & highs
	return x | in>>2, bits.TrailingZeros64(^in&highs) >> 3
}

// accented reports whether the two bytes of s from i, i+1 < len(s), are
// one of Latin-1's lower-case letters, ß to ÿ but ÷ (C3 9F to C3 BF but
// C3 B7): French's accented letters, lower case as they are.
func accented(s string, i int) bool {
	return s[i] == 0xC3 && s[i+1] >= 0x9F && s[i+1] <= 0xBF && s[i+1] != 0xB7
}

// digitHash is the hash of rule.Digits, the word of every run of digits.
var digitHash = hashOf(rule.Digits)

// tokens appends to toks the words and digit runs of text, each with
// what the tagger knows of its word, learnt once a worker.
func (t *Tagger) tokens(toks []token, text string, w *workspace) []token {
	buf := w.lower[:0]
	for i := 0; i < len(text); {
		if cap(toks)-len(toks) < 64 {
			toks = slices.Grow(toks, max(1024, len(text)/8))
		}
		if toks, i = plainWords(toks, text, i, &w.lex); i == len(text) {
			break
		}
		c := text[i]
		if c < utf8.RuneSelf && !wordByte[c] {
			i++ // a space, a punctuation mark
			continue
		}
		switch {
		case isDigit(rune(c)):
			j := i + 1
			for j < len(text) && isDigit(rune(text[j])) {
				j++
			}
			info := w.digits
			if info == nil {
				info = wordOf(t, w, rule.Digits, digitHash, true)
				w.digits = info
			}
			toks = append(toks, token{start: int32(i), digit: true, year: j-i == 4,
				joined: j+1 < len(text) && strings.IndexByte("/.-:", text[j]) >= 0 && isDigit(rune(text[j+1])),
				kind:   info.kind, info: info})
			i = j
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf:
			// A word: ASCII letters, or letters beyond ASCII. A capital or
			// a letter beyond ASCII makes the word one to lower, into buf,
			// in the same pass.
			j := i
			for j < len(text) && 'a' <= text[j] && text[j] <= 'z' {
				j++
			}
			plain := true
			for j < len(text) {
				c := text[j]
				if c < utf8.RuneSelf {
					if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
						if plain {
							plain, buf = false, append(buf[:0], text[i:j]...)
						}
						buf = append(buf, c|0x20) // a letter: lower case
						j++
						continue
					}
					break
				}
				if c == 0xC3 && j+1 < len(text) && text[j+1]&0xC0 == 0x80 && text[j+1] != 0x97 && text[j+1] != 0xB7 {
					// À to ÿ but × and ÷, French's accented letters, without
					// the Unicode tables; "É" (C3 89) is "é" (C3 A9).
					if plain {
						plain, buf = false, append(buf[:0], text[i:j]...)
					}
					c2 := text[j+1]
					if c2 < 0x9F && c2 != 0x97 {
						c2 += 0x20
					}
					buf = append(buf, 0xC3, c2)
					j += 2
					continue
				}
				r, size := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				if plain {
					plain, buf = false, append(buf[:0], text[i:j]...)
				}
				buf = utf8.AppendRune(buf, timeline.LowerRune(r))
				j += size
			}
			if j == i { // a rune beyond ASCII that is no letter
				_, size := utf8.DecodeRuneInString(text[i:])
				i += size
				continue
			}
			var info *word
			if plain {
				info = wordOf(t, w, text[i:j], hashOf(text[i:j]), false)
			} else {
				info = wordOf(t, w, buf, hashOf(buf), false)
			}
			toks = append(toks, token{start: int32(i), kind: info.kind, info: info})
			i = j
		default:
			i++
		}
	}
	w.lower = buf
	return toks
}

// plainWords appends to toks the words of text from i on, up to the
// first it cannot read without a call, or until toks is full; it returns
// where it stopped. Most words: ASCII letters, fewer than 16 bytes, then
// ASCII that is no letter, already in lex. They are read, lowered and
// compared eight bytes at a time; lower-case accented letters ("réunion",
// "été") are read on a slower path beside. With no call in it, the loop
// keeps its state in registers.
func plainWords(toks []token, text string, i int, lex *lexicon) ([]token, int) {
	slots := lex.slots
	if len(slots) == 0 {
		return toks, i
	}
	mask := uint64(len(slots) - 1)
	for i < len(text) && len(toks) < cap(toks) {
		c := text[i]
		if c < utf8.RuneSelf && !wordByte[c] {
			i++ // a space, a punctuation mark
			continue
		}
		if i+16 > len(text) || c|0x20-'a' >= 26 && !accented(text, i) {
			return toks, i // a digit, a capital beyond ASCII, the text's end near
		}
		w := text[i : i+16] // the word's first bytes: read with no bound to check
		lo, n := letters(load8(w, 0))
		var hi uint64
		if j := i + n; n < 8 && !accented(w, n) {
			lo &= 1<<(8*n) - 1
		} else {
			// Eight letters or more, or a letter beyond ASCII: on to the
			// word's end, 16 bytes at most, eight at a time, the loads
			// inside the text.
			if i+24 > len(text) {
				return toks, i
			}
			for j-i < 16 {
				if accented(text, j) {
					j += 2
					continue
				}
				_, m := letters(load8(text, j))
				if m == 0 {
					break
				}
				j += m
			}
			if n = j - i; n >= 16 {
				return toks, i // longer
			}
			lo, _ = letters(load8(text, i))
			if n < 8 {
				lo &= 1<<(8*n) - 1
			} else {
				hi, _ = letters(load8(text, i+8))
				hi &= 1<<(8*(n-8)) - 1
			}
		}
		j := i + n // below len(text): n < 16, and i+16 <= len(text)
		next := text[j]
		if next >= utf8.RuneSelf {
			return toks, i // going on beyond ASCII ("Élysée", "l’an")
		}
		h := hashWord(lo, hi, n)
		var info *word
		for p := h & mask; ; p = (p + 1) & mask { // as find probes, without a call
			if info = slots[p]; info == nil {
				return toks, i // a word not met yet: learnt on the general path
			}
			if info.hash == h && info.lo == lo && info.hi == hi && len(info.key) == n {
				break
			}
		}
		toks = append(toks, token{start: int32(i), kind: info.kind, info: info})
		if i = j; next == ' ' {
			i++ // most words end at a space: no turn of the loop for it
		}
	}
	return toks, i
}

// wordOf is what t knows of the word k (hashed to h), learnt the first
// time the worker meets it. k may be a slice of a text or of a buffer:
// the lexicon keeps a copy.
func wordOf[K string | []byte](t *Tagger, w *workspace, k K, h uint64, digit bool) *word {
	if wi := find(&w.lex, k, h); wi != nil {
		return wi
	}
	key := strings.Clone(string(k))
	wi := &word{key: key, hash: h, lo: chunk(key, 0), hi: chunk(key, 8), triggers: t.plain[key], fire: t.fire[key], opens: t.opens.Of(key, digit)}
	if len(wi.triggers) > 0 {
		wi.kind |= wordTriggers
	}
	if wi.fire != (match.Set{}) {
		wi.kind |= wordFires
	}
	if wi.opens.And(t.auto) != (match.Set{}) {
		wi.kind |= wordWalks
	}
	w.lex.add(wi)
	return wi
}
