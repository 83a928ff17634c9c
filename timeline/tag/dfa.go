package tag

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode/utf8"
)

// Most tries of a rule fail, and Go's regexp spends a microsecond or more
// on each (its backtracker, or its NFA for the larger rules). A reach is
// the rule's regexp run as a lazily built DFA that only answers: can a
// match begin here, and how far can the longest one go? It ignores the
// zero-width assertions (^, $, \b), so it accepts a little more than the
// regexp: it never rejects a place where the regexp matches, and its
// reach is never shorter than the real match. The regexp then runs only
// where a match is possible, on the window cut just past that reach,
// which gives it the same answer on far fewer bytes.

// prog is a rule's compiled program, shared by every reach of that rule.
type prog struct {
	p     *syntax.Prog
	start []uint32 // the instructions that consume a rune, or match, reached from the start
	// ncap is the number of capture positions the regexp reports (two a
	// group, group 0 included); begin, whether it matches only at the
	// start of its input, where a submatcher can find its captures.
	ncap  int
	begin bool
}

func progOf(re *regexp.Regexp) *prog {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	p, err := syntax.Compile(tree.Simplify())
	if err != nil {
		return nil
	}
	pr := &prog{p: p, ncap: 2 * (re.NumSubexp() + 1), begin: anchoredAtStart(p)}
	pr.start, _ = pr.closure(nil, uint32(p.Start), make([]bool, len(p.Inst)), nil)
	slices.Sort(pr.start)
	return pr
}

// closure adds to set the instructions that consume a rune, or match,
// reachable from pc without consuming one, each once; seen and stack are
// the caller's scratch space (seen as long as the program, all false).
func (pr *prog) closure(set []uint32, pc uint32, seen []bool, stack []uint32) ([]uint32, []uint32) {
	stack = append(stack[:0], pc)
	var marked []uint32
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		marked = append(marked, pc)
		in := &pr.p.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, in.Arg, in.Out)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			stack = append(stack, in.Out) // assertions taken as true: a superset
		case syntax.InstFail:
		default: // a rune instruction, or match
			if !slices.Contains(set, pc) {
				set = append(set, pc)
			}
		}
	}
	for _, pc := range marked {
		seen[pc] = false
	}
	return set, stack
}

// reach is one worker's DFA for a rule: its states are built as texts
// need them, so it is not safe for concurrent use.
type reach struct {
	pr     *prog
	states []dstate
	// ascii is every state's transitions on ASCII bytes, one row of 128
	// a state, in one slice: the walk reads one cell a byte and nothing
	// else. A cell holds (next state + 1) << 1, its low bit set when the
	// next state matches; 0: not built yet; -1: no match can go on.
	ascii []int16
	index map[string]int32
	memo  map[string]*found // what the regexp found in windows already met
	sub   submatcher        // the regexp's captures, found without Go's regexp
	seen  []bool            // scratch space for closures
	stack []uint32
}

type dstate struct {
	pcs   []uint32
	match bool
	other map[rune]int32 // transitions on runes beyond ASCII
}

// maxStates bounds a reach's memory (a state is about 300 bytes): past it,
// its states are dropped and built again as needed. Real news text needs
// a few hundred states for the largest rules.
const maxStates = 1024

func newReach(pr *prog) *reach {
	r := &reach{pr: pr, memo: map[string]*found{}, seen: make([]bool, len(pr.p.Inst)), sub: submatcher{p: pr.p}}
	r.reset()
	return r
}

// maxMemo bounds the windows a reach remembers (each about 400 bytes). It
// pays where text repeats (the same dispatch in many papers, the same
// datelines), not on text never seen.
const maxMemo = 512

func (r *reach) remember(win string, f *found) {
	if len(r.memo) >= maxMemo {
		clear(r.memo)
	}
	r.memo[win] = f
}

func (r *reach) reset() {
	r.states, r.ascii, r.index = r.states[:0], r.ascii[:0], map[string]int32{}
	r.state(r.pr.start)
}

// state returns the index of the state for the set pcs, adding it.
func (r *reach) state(pcs []uint32) int32 {
	key := make([]byte, 0, 4*len(pcs))
	for _, pc := range pcs {
		key = append(key, byte(pc), byte(pc>>8), byte(pc>>16), byte(pc>>24))
	}
	if i, ok := r.index[string(key)]; ok {
		return i
	}
	s := dstate{pcs: pcs}
	for _, pc := range pcs {
		if r.pr.p.Inst[pc].Op == syntax.InstMatch {
			s.match = true
		}
	}
	r.states = append(r.states, s)
	r.ascii = append(r.ascii, make([]int16, utf8.RuneSelf)...)
	i := int32(len(r.states) - 1)
	r.index[string(key)] = i
	return i
}

// step is the state after state i reads c; -1 when no match can go on.
func (r *reach) step(i int32, c rune) int32 {
	var next []uint32
	for _, pc := range r.states[i].pcs {
		in := &r.pr.p.Inst[pc]
		if in.Op != syntax.InstMatch && in.MatchRune(c) {
			next, r.stack = r.pr.closure(next, in.Out, r.seen, r.stack)
		}
	}
	if len(next) == 0 {
		return -1
	}
	slices.Sort(next)
	return r.state(next)
}

// longest returns how far the longest match at the start of win can
// reach, in bytes, or false if none can.
func (r *reach) longest(win string) (int, bool) {
	if len(r.states) > maxStates {
		r.reset() // a scan adds at most one state per rune
	}
	s := int32(0)
	end, ok := -1, false
	if r.states[0].match {
		end, ok = 0, true
	}
	for i := 0; i < len(win); {
		if c := win[i]; c < utf8.RuneSelf {
			cell := int(s)<<7 | int(c)
			v := r.ascii[cell]
			if v == 0 {
				v = -1
				if n := r.step(s, rune(c)); n >= 0 {
					v = int16(n+1) << 1
					if r.states[n].match {
						v |= 1
					}
				}
				r.ascii[cell] = v
			}
			if v < 0 {
				break
			}
			s = int32(v>>1) - 1
			i++
			if v&1 != 0 {
				end, ok = i, true
			}
			continue
		}
		c, size := utf8.DecodeRuneInString(win[i:])
		next, known := r.states[s].other[c]
		if !known {
			next = r.step(s, c)
			if r.states[s].other == nil {
				r.states[s].other = map[rune]int32{}
			}
			r.states[s].other[c] = next
		}
		if next < 0 {
			break
		}
		s = next
		i += size
		if r.states[s].match {
			end, ok = i, true
		}
	}
	return end, ok
}
