package match

import (
	"math/bits"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// Go's regexp finds a pattern's captures with its backtracker when the
// program is small (500 instructions at most), else with its NFA, which
// costs several times more a byte; the larger patterns (counts in words,
// "il y a", durations) are past that limit. Their windows are short (the
// automaton cut them to the phrase), so a backtracker costs little
// whatever the program's size: a Submatcher is Go's backtracker
// (regexp/backtrack.go, leftmost-first, the same captures as Go's NFA),
// run at the start of the window only, with its state kept by the worker
// from one window to the next instead of taken from a pool. Where a
// branch cannot go on with the next byte (its first sets), it is not
// tried: the large patterns are long lists of words.
//
// The matching loop is adapted from Go's regexp/backtrack.go, Copyright
// 2015 The Go Authors, under the BSD-style license of the Go sources
// (https://go.dev/LICENSE).

// Submatcher runs one pattern's program at the start of windows; it is not
// safe for concurrent use.
type Submatcher struct {
	p        *syntax.Prog
	pr       *Prog
	in       []binst // the program's (see binsts), nil until the first Submatch
	jobs     []job
	visited  []uint32
	cap      []int
	matchcap []int
	end      int // the window's length
	win      string
}

type job struct {
	pc  uint32
	arg bool
	// fresh: a branch of an alternation not reached yet, visited (or not)
	// when it is popped, as it would have been when reached.
	fresh bool
	pos   int
}

// anchoredAtStart reports whether p matches only at the start of its
// input, as the patterns do: a Submatcher tries only there.
func anchoredAtStart(p *syntax.Prog) bool {
	return p.StartCond()&syntax.EmptyBeginText != 0
}

// submatch returns the capture positions of the leftmost-first match at
// the start of win (2 a group, group 0 first, -1 for a group that did not
// take part), or nil; ncap is twice the regexp's groups plus two.
func (m *Submatcher) Submatch(win string, ncap int) []int {
	if m.in == nil {
		m.in = m.pr.insts()
	}
	m.reset(win, ncap)
	m.cap[0] = 0
	if !m.try(uint32(m.p.Start)) {
		return nil
	}
	return m.matchcap
}

func (m *Submatcher) reset(win string, ncap int) {
	m.win, m.end = win, len(win)
	m.jobs = m.jobs[:0]
	n := (len(m.p.Inst)*(m.end+1) + 31) / 32
	if cap(m.visited) < n {
		m.visited = make([]uint32, n)
	} else {
		m.visited = m.visited[:n]
		clear(m.visited)
	}
	if cap(m.cap) < ncap {
		m.cap, m.matchcap = make([]int, ncap), make([]int, ncap)
	}
	m.cap, m.matchcap = m.cap[:ncap], m.matchcap[:ncap]
	for i := range m.cap {
		m.cap[i], m.matchcap[i] = -1, -1
	}
}

func (m *Submatcher) shouldVisit(pc uint32, pos int) bool {
	n := uint(int(pc)*(m.end+1) + pos)
	if m.visited[n/32]&(1<<(n&31)) != 0 {
		return false
	}
	m.visited[n/32] |= 1 << (n & 31)
	return true
}

func (m *Submatcher) push(pc uint32, pos int, arg bool) {
	if m.in[pc].op != syntax.InstFail && (arg || m.shouldVisit(pc, pos)) {
		m.jobs = append(m.jobs, job{pc: pc, arg: arg, pos: pos})
	}
}

// can reports whether a match may go on from instruction pc at pos: the
// byte there may start a rune it reads, or it may match without one.
func (m *Submatcher) can(pc uint32, pos int) bool {
	f := &m.in[pc]
	if f.end {
		return true
	}
	if pos >= len(m.win) {
		return false
	}
	if b := m.win[pos]; b < utf8.RuneSelf {
		return f.first[b>>6]&(1<<(b&63)) != 0
	}
	return f.high
}

// binst is what the Submatcher reads of an instruction, kept together: a
// step reads one record, where it read one from each of four tables
// (syntax's instructions, the first sets, the ASCII sets, the chains),
// each a cache miss on text never seen. 56 bytes.
type binst struct {
	ascii    [2]uint64 // a rune instruction's ASCII runes (see asciiSets)
	first    [2]uint64 // the ASCII bytes a match from here can go on with (see firstSets)
	out, arg uint32
	op       syntax.InstOp
	high     bool      // a byte beyond ASCII may go on from here: what first says of them, kept short
	end      bool      // the match may end from here without reading a rune
	chain    *altChain // at the head of a long alternation (see altChains)
}

// binsts is p's instructions as the Submatcher reads them.
func binsts(p *syntax.Prog) []binst {
	first, ascii := firstSets(p), asciiSets(p)
	chains := altChains(p, first)
	in := make([]binst, len(p.Inst))
	for pc := range p.Inst {
		f := &first[pc]
		in[pc] = binst{ascii: ascii[pc], first: [2]uint64{f.bytes[0], f.bytes[1]}, out: p.Inst[pc].Out, arg: p.Inst[pc].Arg,
			op: p.Inst[pc].Op, high: f.bytes[2]|f.bytes[3] != 0, end: f.end}
		if chains != nil {
			in[pc].chain = chains[pc]
		}
	}
	return in
}

// firstSet is what the instructions a match goes on with, from one
// instruction and without reading a rune, can read: the first bytes of
// their runes, and whether one of them ends the match (end). Assertions
// are taken as true: a superset.
type firstSet struct {
	bytes [4]uint64
	end   bool
}

func (f firstSet) or(g firstSet) firstSet {
	return firstSet{bytes: [4]uint64{f.bytes[0] | g.bytes[0], f.bytes[1] | g.bytes[1], f.bytes[2] | g.bytes[2], f.bytes[3] | g.bytes[3]},
		end: f.end || g.end}
}

func (f *firstSet) add(b byte) { f.bytes[b>>6] |= 1 << (b & 63) }

// addHigh adds every byte beyond ASCII.
func (f *firstSet) addHigh() { f.bytes[2], f.bytes[3] = ^uint64(0), ^uint64(0) }

// firstSets computes every instruction's firstSet, to a fixed point (a
// program loops through its repetitions).
func firstSets(p *syntax.Prog) []firstSet {
	fs := make([]firstSet, len(p.Inst))
	for pc := range p.Inst {
		in := &p.Inst[pc]
		f := &fs[pc]
		switch in.Op {
		case syntax.InstMatch:
			f.end = true
		case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			f.bytes = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		case syntax.InstRune1, syntax.InstRune:
			rs := in.Rune
			if len(rs) == 1 {
				fold := syntax.Flags(in.Arg)&syntax.FoldCase != 0
				r := rs[0]
				for {
					switch {
					case r < utf8.RuneSelf:
						f.add(byte(r))
					case r == utf8.RuneError: // a broken byte reads as U+FFFD
						f.addHigh()
					default:
						f.add(utf8.AppendRune(nil, r)[0])
					}
					if !fold {
						break
					}
					if r = unicode.SimpleFold(r); r == rs[0] {
						break
					}
				}
				continue
			}
			for i := 0; i+1 < len(rs); i += 2 {
				for r := rs[i]; r <= min(rs[i+1], utf8.RuneSelf-1); r++ {
					f.add(byte(r))
				}
				if rs[i+1] >= utf8.RuneSelf {
					f.addHigh() // any rune beyond ASCII, or a broken byte: a superset
				}
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for pc := len(p.Inst) - 1; pc >= 0; pc-- {
			in := &p.Inst[pc]
			var n firstSet
			switch in.Op {
			case syntax.InstAlt, syntax.InstAltMatch:
				n = fs[in.Out].or(fs[in.Arg])
			case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
				n = fs[in.Out]
			default:
				continue
			}
			if n != fs[pc] {
				fs[pc], changed = n, true
			}
		}
	}
	return fs
}

// altChain is an alternation of many branches as Go compiles it: each
// InstAlt's Out is the next InstAlt, its Arg a branch, the last InstAlt's
// Out the first branch. The backtracker tries the branches in order,
// x1 first; one that cannot read the byte at hand is never tried.
type altChain struct {
	branches []uint32    // in the order they are tried
	byByte   [256]uint64 // bit k: branch k can go on with that byte
	end      uint64      // bit k: branch k can match at the window's end
}

// minChain is the fewest branches an alternation has for its altChain to
// pay: below, the InstAlts are walked one at a time.
const minChain = 6

// altChains finds the program's long alternations, by their head.
func altChains(p *syntax.Prog, first []firstSet) []*altChain {
	inner := make([]bool, len(p.Inst)) // an InstAlt that is the Out of another
	refs := make([]int, len(p.Inst))   // how many instructions lead to each
	refs[p.Start]++
	for _, in := range p.Inst {
		switch in.Op {
		case syntax.InstMatch, syntax.InstFail:
			continue
		case syntax.InstAlt, syntax.InstAltMatch:
			refs[in.Arg]++
		}
		refs[in.Out]++
		if in.Op == syntax.InstAlt && p.Inst[in.Out].Op == syntax.InstAlt {
			inner[in.Out] = true
		}
	}
	var chains []*altChain
	for pc := range p.Inst {
		if p.Inst[pc].Op != syntax.InstAlt || inner[pc] {
			continue
		}
		var args []uint32 // the branches from the head down
		q := uint32(pc)
		only := true // every InstAlt below the head is reached from the one above only
		for p.Inst[q].Op == syntax.InstAlt && len(args) < 63 {
			if q != uint32(pc) && refs[q] != 1 {
				only = false
			}
			args = append(args, p.Inst[q].Arg)
			q = p.Inst[q].Out
		}
		if !only || p.Inst[q].Op == syntax.InstAlt || len(args)+1 < minChain {
			// The chain is entered below its head (taking it at once would
			// skip what the backtracker marks there), too long for the
			// bits, or too short to pay.
			continue
		}
		ch := &altChain{branches: []uint32{q}}
		for i := len(args) - 1; i >= 0; i-- {
			ch.branches = append(ch.branches, args[i])
		}
		for k, b := range ch.branches {
			f := &first[b]
			if f.end {
				ch.end |= 1 << k
			}
			for c := range 256 {
				if f.end || f.bytes[c>>6]&(1<<(c&63)) != 0 {
					ch.byByte[c] |= 1 << k
				}
			}
		}
		if chains == nil {
			chains = make([]*altChain, len(p.Inst))
		}
		chains[pc] = ch
	}
	return chains
}

// step returns the rune at pos and its width; -1 and 0 at the end.
func (m *Submatcher) step(pos int) (rune, int) {
	if pos < len(m.win) {
		if c := m.win[pos]; c < utf8.RuneSelf {
			return rune(c), 1
		}
		return utf8.DecodeRuneInString(m.win[pos:])
	}
	return -1, 0
}

// context is what the empty-width assertions see at pos: the runes on
// each side, -1 past either end of the window.
func (m *Submatcher) context(pos int) syntax.EmptyOp {
	r1, r2 := rune(-1), rune(-1)
	if uint(pos-1) < uint(len(m.win)) {
		r1, _ = utf8.DecodeLastRuneInString(m.win[:pos])
	}
	if uint(pos) < uint(len(m.win)) {
		r2, _ = utf8.DecodeRuneInString(m.win[pos:])
	}
	return syntax.EmptyOpContext(r1, r2)
}

// try is regexp's tryBacktrack, leftmost-first (not longest).
func (m *Submatcher) try(pc uint32) bool {
	m.push(pc, 0, false)
	for len(m.jobs) > 0 {
		l := len(m.jobs) - 1
		pc, pos, arg := m.jobs[l].pc, m.jobs[l].pos, m.jobs[l].arg
		fresh := m.jobs[l].fresh
		m.jobs = m.jobs[:l]
		if fresh {
			goto CheckAndLoop
		}
		goto Skip
	CheckAndLoop:
		if !m.shouldVisit(pc, pos) {
			continue
		}
	Skip:
		inst := &m.in[pc]
		switch inst.op {
		default:
			panic("tag: bad instruction")
		case syntax.InstAlt:
			if arg {
				arg = false
				pc = inst.arg
				goto CheckAndLoop
			}
			{
				if ch := inst.chain; ch != nil {
					// A long alternation: its branches that can go on, in
					// order, at once, not one level of it at a time.
					ok := ch.end
					if pos < len(m.win) {
						ok = ch.byByte[m.win[pos]]
					}
					if ok == 0 {
						continue
					}
					first := bits.TrailingZeros64(ok)
					for rest := ok &^ (1 << first); rest != 0; {
						k := 63 - bits.LeadingZeros64(rest)
						m.jobs = append(m.jobs, job{pc: ch.branches[k], pos: pos, fresh: true})
						rest &^= 1 << k
					}
					pc = ch.branches[first]
					goto CheckAndLoop
				}
			}
			// A branch that cannot go on from here is not taken: it
			// would fail, whatever it holds.
			out, alt := m.can(inst.out, pos), m.can(inst.arg, pos)
			switch {
			case out && alt:
				m.push(pc, pos, true)
				pc = inst.out
			case out:
				pc = inst.out
			case alt:
				pc = inst.arg
			default:
				continue
			}
			goto CheckAndLoop
		case syntax.InstAltMatch:
			switch m.in[inst.out].op {
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
				m.push(inst.arg, pos, false)
				pc = inst.arg
				pos = m.end
				goto CheckAndLoop
			}
			m.push(inst.out, m.end, false)
			pc = inst.out
			goto CheckAndLoop
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAnyNotNL, syntax.InstRuneAny:
			r, width := m.step(pos)
			if 0 <= r && r < utf8.RuneSelf {
				if inst.ascii[r/64]&(1<<(r%64)) == 0 {
					continue
				}
			} else if !runeMatches(&m.p.Inst[pc], r) {
				continue
			}
			pos += width
			pc = inst.out
			goto CheckAndLoop
		case syntax.InstCapture:
			if arg {
				m.cap[inst.arg] = pos
				continue
			}
			if inst.arg < uint32(len(m.cap)) {
				m.push(pc, m.cap[inst.arg], true) // come back to restore it
				m.cap[inst.arg] = pos
			}
			pc = inst.out
			goto CheckAndLoop
		case syntax.InstEmptyWidth:
			if op := syntax.EmptyOp(inst.arg); m.context(pos)&op != op {
				continue
			}
			pc = inst.out
			goto CheckAndLoop
		case syntax.InstNop:
			pc = inst.out
			goto CheckAndLoop
		case syntax.InstMatch:
			if len(m.cap) > 1 {
				m.cap[1] = pos
			}
			copy(m.matchcap, m.cap)
			return true
		}
	}
	return false
}

// runeMatches reports whether rune instruction inst accepts r (-1: the
// end of the window).
func runeMatches(inst *syntax.Inst, r rune) bool {
	switch inst.Op {
	case syntax.InstRune1:
		return r == inst.Rune[0]
	case syntax.InstRuneAnyNotNL:
		return r != '\n' && r != -1
	case syntax.InstRuneAny:
		return r != -1
	}
	return inst.MatchRune(r)
}
