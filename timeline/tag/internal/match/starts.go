package match

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
)

// Starts is what the first word of a pattern's matches can be, read from its
// regexp: a caller tries a pattern only at the words that can open one of
// its matches, instead of at every word.
type Starts struct {
	Any      bool            // the pattern says nothing usable: try every word
	Digit    bool            // a run of digits
	Words    map[string]bool // whole words ("hier", "l" of "l'an")
	Prefixes []string        // word beginnings the pattern leaves open ("janv" of "janv\w*")
}

// Set is a set of pattern indices.
type Set [4]uint64

// MaxPatterns is the most patterns a Set holds.
const MaxPatterns = len(Set{}) * 64

func (s *Set) Add(i int)     { s[i/64] |= 1 << (i % 64) }
func (s Set) Has(i int) bool { return s[i/64]&(1<<(i%64)) != 0 }
func (s Set) Or(o Set) Set {
	return Set{s[0] | o[0], s[1] | o[1], s[2] | o[2], s[3] | o[3]}
}
func (s Set) And(o Set) Set {
	return Set{s[0] & o[0], s[1] & o[1], s[2] & o[2], s[3] & o[3]}
}

// Openers indexes the Starts of all patterns by word, so that what a token
// may open is looked up once, not once per pattern.
type Openers struct {
	any, digit Set
	words      map[string]Set
	prefixes   map[string]Set
	lens       []int // the lengths of the prefixes
}

func OpenersOf(ss []*Starts) *Openers {
	o := &Openers{words: map[string]Set{}, prefixes: map[string]Set{}}
	for i, s := range ss {
		switch {
		case s == nil:
		case s.Any:
			o.any.Add(i)
		default:
			if s.Digit {
				o.digit.Add(i)
			}
			for w := range s.Words {
				rs := o.words[w]
				rs.Add(i)
				o.words[w] = rs
			}
			for _, p := range s.Prefixes {
				rs := o.prefixes[p]
				rs.Add(i)
				o.prefixes[p] = rs
				if !slices.Contains(o.lens, len(p)) {
					o.lens = append(o.lens, len(p))
				}
			}
		}
	}
	return o
}

// Of is the set of patterns whose matches may start with word (a run of
// digits if digit).
func (o *Openers) Of(word string, digit bool) Set {
	if digit {
		return o.any.Or(o.digit)
	}
	rs := o.any.Or(o.words[word])
	for _, n := range o.lens {
		if n <= len(word) {
			rs = rs.Or(o.prefixes[word[:n]])
		}
	}
	return rs
}

// frag is how a match of a piece of pattern can begin.
type frag struct {
	kind fragKind
	s    string // the letters, lower case
}

type fragKind int

const (
	complete fragKind = iota // the piece matched exactly s: the word may go on in the next piece
	closed                   // s then something that is not a letter: the word is s
	partial                  // s then letters the analysis does not follow: s is a prefix
	digit                    // a digit
)

// maxFrags bounds the first words followed per pattern; past it, the words
// reached so far count as prefixes.
const maxFrags = 512

// StartsOf reads the first words of re's matches. It errs on the side of
// trying: what it cannot read (a dot, a class of many letters, a pattern
// that may match nothing or start with a space) makes the pattern be tried at
// every word.
func StartsOf(re *regexp.Regexp) *Starts {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return &Starts{Any: true}
	}
	return startsOf(tree)
}

// startsOf is StartsOf of a parsed pattern.
func startsOf(tree *syntax.Regexp) *Starts {
	fs, ok := firsts(tree)
	if !ok {
		return &Starts{Any: true}
	}
	s := &Starts{Words: map[string]bool{}}
	for _, f := range fs {
		switch {
		case f.kind == digit:
			s.Digit = true
		case f.kind == closed && f.s == "":
			// A match opening with a space or a comma: callers try
			// patterns at the start of words only, where it cannot begin.
		case f.s == "":
			return &Starts{Any: true}
		case f.kind == partial:
			if !slices.Contains(s.Prefixes, f.s) {
				s.Prefixes = append(s.Prefixes, f.s)
			}
		default: // closed, or complete at the end of the pattern
			s.Words[f.s] = true
		}
	}
	return s
}

// firsts returns how a match of re can begin; ok is false when that
// cannot be told.
func firsts(re *syntax.Regexp) ([]frag, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []frag{{kind: complete}}, true
	case syntax.OpLiteral:
		return []frag{literal(re.Rune)}, true
	case syntax.OpCharClass:
		return class(re.Rune)
	case syntax.OpCapture:
		return firsts(re.Sub[0])
	case syntax.OpQuest:
		fs, ok := firsts(re.Sub[0])
		return append(fs, frag{kind: complete}), ok
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		fs, ok := firsts(re.Sub[0])
		if re.Op == syntax.OpRepeat && re.Min == 1 && re.Max == 1 {
			return fs, ok
		}
		// Repeated: a word the piece completes may go on with the piece again.
		for i := range fs {
			if fs[i].kind == complete && fs[i].s != "" {
				fs[i].kind = partial
			}
		}
		if re.Op == syntax.OpStar || re.Op == syntax.OpRepeat && re.Min == 0 {
			fs = append(fs, frag{kind: complete})
		}
		return fs, ok
	case syntax.OpAlternate:
		var out []frag
		for _, sub := range re.Sub {
			fs, ok := firsts(sub)
			if !ok {
				return nil, false
			}
			out = append(out, fs...)
		}
		return out, true
	case syntax.OpConcat:
		out := []frag{{kind: complete}}
		for _, sub := range re.Sub {
			if !slices.ContainsFunc(out, func(f frag) bool { return f.kind == complete }) {
				break
			}
			fs, ok := firsts(sub)
			if !ok {
				// What follows cannot be told: the words reached so far
				// are prefixes ("janv" of "janv\w*").
				return open(out)
			}
			var next []frag
			for _, f := range out {
				if f.kind != complete {
					next = append(next, f)
					continue
				}
				for _, g := range fs {
					next = append(next, then(f, g))
				}
			}
			if len(next) > maxFrags {
				return open(out)
			}
			out = dedup(next)
		}
		return out, true
	}
	return nil, false
}

// open makes the words fs leave complete prefixes; it fails if one is
// empty (the match may start with anything).
func open(fs []frag) ([]frag, bool) {
	for i := range fs {
		if fs[i].kind == complete {
			if fs[i].s == "" {
				return nil, false
			}
			fs[i].kind = partial
		}
	}
	return fs, true
}

// then is how f then g begin.
func then(f, g frag) frag {
	if g.kind == digit {
		if f.s == "" {
			return g
		}
		return frag{kind: closed, s: f.s} // tokens split letters from digits
	}
	return frag{kind: g.kind, s: f.s + g.s}
}

func dedup(fs []frag) []frag {
	slices.SortFunc(fs, func(a, b frag) int {
		if c := strings.Compare(a.s, b.s); c != 0 {
			return c
		}
		return int(a.kind - b.kind)
	})
	return slices.Compact(fs)
}

// literal: its letters up to the first other character.
func literal(rs []rune) frag {
	if len(rs) > 0 && isDigit(rs[0]) {
		return frag{kind: digit}
	}
	var b strings.Builder
	for _, r := range rs {
		if !unicode.IsLetter(r) {
			return frag{kind: closed, s: b.String()}
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return frag{kind: complete, s: b.String()}
}

// maxClass is the most letters a character class may hold for each to be
// followed ("[eé]"); a larger one with letters stops the analysis.
const maxClass = 16

// class: digits, a few letters, or characters that end a word (a space, a
// dash, a class with no ASCII letter such as the boundary after a phrase).
func class(ranges []rune) ([]frag, bool) {
	var out []frag
	size := 0
	for i := 0; i+1 < len(ranges); i += 2 {
		size += int(ranges[i+1] - ranges[i] + 1)
	}
	if size > maxClass {
		for i := 0; i+1 < len(ranges); i += 2 {
			if ranges[i] <= 'z' && ranges[i+1] >= 'A' && !(ranges[i] > 'Z' && ranges[i+1] < 'a') {
				return nil, false // holds ASCII letters: any word
			}
		}
		return []frag{{kind: closed}, {kind: digit}}, true
	}
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			switch {
			case isDigit(r):
				out = append(out, frag{kind: digit})
			case unicode.IsLetter(r):
				out = append(out, frag{kind: complete, s: string(unicode.ToLower(r))})
			default:
				out = append(out, frag{kind: closed})
			}
		}
	}
	return dedup(out), true
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }
