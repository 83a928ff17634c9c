package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"frise/timeline"
	"frise/timeline/rule"
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
	triggers []int // the rules it triggers that the automaton does not run
	opens    ruleSet
	fire     ruleSet // the rules it triggers that the automaton runs
	kind     wordKind
}

// lexicon is a worker's table of the words it has met. Every token of a
// text is looked up in it, by a hash the tokenizer computes as it reads
// the word's letters (a map would read them again to hash them).
type lexicon struct {
	slots []*word // open addressing; a power of two
	n     int
}

// maxWords bounds the words a lexicon remembers.
const maxWords = 1 << 15

// FNV-1a, a byte at a time.
const (
	hashStart = 14695981039346656037
	hashPrime = 1099511628211
)

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

// first is the word in the slot of hash h, if any: the word hashed to h
// when it is found at once, as most are.
func (l *lexicon) first(h uint64) *word {
	if len(l.slots) == 0 {
		return nil
	}
	return l.slots[h&uint64(len(l.slots)-1)]
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
	h := uint64(hashStart)
	for i := range len(k) {
		h = (h ^ uint64(k[i])) * hashPrime
	}
	return h
}

// digitHash is the hash of rule.Digits, the word of every run of digits.
var digitHash = hashOf(rule.Digits)

// tokens appends to toks the words and digit runs of text, each with
// what the tagger knows of its word, learnt once a worker.
func (t *Tagger) tokens(toks []token, text string, w *workspace) []token {
	buf := w.lower[:0]
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && !wordByte[c] {
			i++ // a space, a punctuation mark
			continue
		}
		if 'a' <= c && c <= 'z' {
			// Most words: lower-case ASCII, hashed as they are read, then
			// something that is no letter.
			j, h := i+1, (hashStart^uint64(c))*hashPrime
			for j < len(text) && 'a' <= text[j] && text[j] <= 'z' {
				h = (h ^ uint64(text[j])) * hashPrime
				j++
			}
			if j == len(text) || text[j] < utf8.RuneSelf && !wordByte[text[j]] || isDigit(rune(text[j])) {
				var info *word
				if wi := w.lex.first(h); wi != nil && wi.hash == h && wi.key == text[i:j] {
					info = wi
				} else {
					info = wordOf(t, w, text[i:j], h, false)
				}
				toks = append(toks, token{start: int32(i), kind: info.kind, info: info})
				i = j
				continue
			}
		}
		switch {
		case isDigit(rune(c)):
			j := i + 1
			for j < len(text) && isDigit(rune(text[j])) {
				j++
			}
			info := wordOf(t, w, rule.Digits, digitHash, true)
			toks = append(toks, token{start: int32(i), digit: true, year: j-i == 4,
				joined: j+1 < len(text) && strings.IndexByte("/.-:", text[j]) >= 0 && isDigit(rune(text[j+1])),
				kind:   info.kind, info: info})
			i = j
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf:
			// A word: ASCII letters, or letters beyond ASCII. Lower-case
			// ASCII is hashed as it is read; anything else is lowered
			// into buf, then hashed.
			j, h := i, uint64(hashStart)
			for j < len(text) && 'a' <= text[j] && text[j] <= 'z' {
				h = (h ^ uint64(text[j])) * hashPrime
				j++
			}
			// Past the lower-case ASCII: a capital or a letter beyond ASCII
			// makes the word one to lower, into buf, in the same pass.
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
			tk := token{start: int32(i)}
			if plain {
				// The word in its first slot, found without a call: most are.
				if wi := w.lex.first(h); wi != nil && wi.hash == h && wi.key == text[i:j] {
					tk.info = wi
				} else {
					tk.info = wordOf(t, w, text[i:j], h, false)
				}
			} else {
				h := hashOf(buf)
				if wi := w.lex.first(h); wi != nil && wi.hash == h && wi.key == string(buf) {
					tk.info = wi
				} else {
					tk.info = wordOf(t, w, buf, h, false)
				}
			}
			tk.kind = tk.info.kind
			toks = append(toks, tk)
			i = j
		default:
			i++
		}
	}
	w.lower = buf
	return toks
}

// wordOf is what t knows of the word k (hashed to h), learnt the first
// time the worker meets it. k may be a slice of a text or of a buffer:
// the lexicon keeps a copy.
func wordOf[K string | []byte](t *Tagger, w *workspace, k K, h uint64, digit bool) *word {
	if wi := find(&w.lex, k, h); wi != nil {
		return wi
	}
	key := strings.Clone(string(k))
	wi := &word{key: key, hash: h, triggers: t.plain[key], fire: t.fire[key], opens: t.opens.of(key, digit)}
	if len(wi.triggers) > 0 {
		wi.kind |= wordTriggers
	}
	if wi.fire != (ruleSet{}) {
		wi.kind |= wordFires
	}
	if wi.opens.and(t.auto) != (ruleSet{}) {
		wi.kind |= wordWalks
	}
	w.lex.add(wi)
	return wi
}
