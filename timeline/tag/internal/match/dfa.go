package match

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Most tries of a pattern fail, and Go's regexp spends a microsecond or more
// on each. Trying each pattern in turn with a DFA of its own is cheaper, but
// still walks the same words once a pattern, each walk in a table of its own
// that the processor's cache no longer holds. The automaton is every
// anchored pattern's program merged into one, run as one lazily built DFA: a
// single walk from a word tells, for every pattern at once, whether a match
// can begin there and how far the longest one can go. It ignores the
// zero-width assertions (^, $, \b), so it accepts a little more than the
// regexps: it never rejects a place where one matches, and its reach for a
// pattern is never shorter than that pattern's match. The pattern's regexp then
// runs only where a match is possible, on the window cut just past that
// reach, which gives it the same answer on far fewer bytes.

// Prog is a pattern's compiled program.
type Prog struct {
	p *syntax.Prog
	// ncap is the number of capture positions the regexp reports (two a
	// group, group 0 included); begin, whether it matches only at the
	// start of its input, where a Submatcher can find its captures.
	ncap  int
	begin bool
	// in is what the Submatcher reads of each instruction (see binst),
	// built when a Submatcher first reads the program: a run that meets
	// few of the rules builds few of them.
	inOnce sync.Once
	in     []binst
}

// Compile compiles re for the engine; nil if its syntax cannot be read
// again (it always can for a compiled regexp).
func Compile(re *regexp.Regexp) *Prog {
	pt, err := CompilePattern(re.String())
	if err != nil {
		return nil
	}
	return pt.Prog
}

// NumCap is the number of capture positions re reports: two a group,
// group 0 included.
func (pr *Prog) NumCap() int { return pr.ncap }

// Begin reports whether the pattern matches only at the start of its
// input, where a Submatcher finds its captures.
func (pr *Prog) Begin() bool { return pr.begin }

// Submatcher is a new submatcher of the program, with its tables.
func (pr *Prog) Submatcher() Submatcher {
	return Submatcher{p: pr.p, pr: pr}
}

// insts is pr's in, built once.
func (pr *Prog) insts() []binst {
	pr.inOnce.Do(func() { pr.in = binsts(pr.p) })
	return pr.in
}

// asciiSets is each rune instruction's ASCII runes (nil for the others),
// read from the instruction's runes as MatchRune reads them: one rune and
// its case folds, or ranges (the French rules' 20,000 instructions asked
// MatchRune of each of 128 runes took a sixth of its compiling).
func asciiSets(p *syntax.Prog) [][2]uint64 {
	sets := make([][2]uint64, len(p.Inst))
	for pc := range p.Inst {
		in, set := &p.Inst[pc], &sets[pc]
		add := func(r rune) {
			if 0 <= r && r < utf8.RuneSelf {
				set[r/64] |= 1 << (r % 64)
			}
		}
		switch in.Op {
		case syntax.InstRuneAny:
			*set = [2]uint64{^uint64(0), ^uint64(0)}
		case syntax.InstRuneAnyNotNL:
			*set = [2]uint64{^uint64(0) &^ (1 << '\n'), ^uint64(0)}
		case syntax.InstRune1:
			add(in.Rune[0])
		case syntax.InstRune:
			if rs := in.Rune; len(rs) == 1 {
				add(rs[0])
				if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
					for f := unicode.SimpleFold(rs[0]); f != rs[0]; f = unicode.SimpleFold(f) {
						add(f)
					}
				}
			} else {
				for j := 0; j+1 < len(rs); j += 2 {
					for r := rs[j]; r <= min(rs[j+1], utf8.RuneSelf-1); r++ {
						add(r)
					}
				}
			}
		}
	}
	return sets
}

// Runes the automaton reads through a table of classes: ASCII, Latin-1
// and Latin Extended-A (French and the other western languages' letters),
// and General Punctuation (typographic apostrophes, dashes, narrow
// spaces). Other runes are looked up one by one.
const (
	latinEnd   = 0x180
	punctStart = 0x2000
	punctEnd   = 0x2070
	noClass    = 255
)

// Machine is the merged program of a set of patterns, shared by the
// automata that run it, read-only.
type Machine struct {
	inst  []syntax.Inst
	owner []int32  // the pattern an InstMatch ends a match of; -1 for the other instructions
	start []uint32 // the instructions that consume a rune, or match, reached from each pattern's start
	n     int      // patterns are numbered below this
	// Runes every instruction treats alike share a class: a state's
	// transitions are one row of nclass cells, not one a byte.
	latin  [latinEnd]uint8
	punct  [punctEnd - punctStart]uint8
	repr   []rune // a rune of each class
	nclass int
}

// Merge merges progs (nil: a pattern the automaton does not run).
func Merge(progs []*Prog) *Machine {
	m := &Machine{n: len(progs)}
	size := 0
	for _, pr := range progs {
		if pr != nil {
			size += len(pr.p.Inst)
		}
	}
	m.inst, m.owner = make([]syntax.Inst, 0, size), make([]int32, 0, size)
	var starts []uint32
	for i, pr := range progs {
		if pr == nil {
			continue
		}
		base := uint32(len(m.inst))
		for _, in := range pr.p.Inst {
			in.Out += base
			if in.Op == syntax.InstAlt || in.Op == syntax.InstAltMatch {
				in.Arg += base // a branch; elsewhere Arg is a capture index or a flag
			}
			owner := int32(-1)
			if in.Op == syntax.InstMatch {
				owner = int32(i)
			}
			m.inst = append(m.inst, in)
			m.owner = append(m.owner, owner)
		}
		starts = append(starts, base+uint32(pr.p.Start))
	}
	c := newCloser(len(m.inst))
	for _, pc := range starts {
		m.start = m.closure(m.start, pc, c)
	}
	slices.Sort(m.start)
	m.classify()
	return m
}

// classify gives each rune of the tables the class of the runes every
// rune instruction matches or not alike. A rune's signature, the list of
// the instructions that match it, is kept as two hashes of that list,
// built by going over each instruction's runes once.
func (m *Machine) classify() {
	const latin, punct = latinEnd, punctEnd - punctStart
	var sums [latin + punct][2]uint64
	index := func(r rune) int { // a rune's place in sums, or -1
		switch {
		case r < latinEnd:
			return int(r)
		case punctStart <= r && r < punctEnd:
			return latin + int(r-punctStart)
		}
		return -1
	}
	for pc := range m.inst {
		in := &m.inst[pc]
		switch in.Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
		default:
			continue
		}
		k := uint64(pc) + 1
		add := func(r rune) {
			if i := index(r); i >= 0 {
				sums[i][0] = sums[i][0]*0x100000001b3 + k
				sums[i][1] ^= mix(k)
			}
		}
		rs := in.Rune
		if len(rs) == 1 {
			add(rs[0])
			if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(rs[0]); f != rs[0]; f = unicode.SimpleFold(f) {
					add(f)
				}
			}
			continue
		}
		for j := 0; j+1 < len(rs); j += 2 {
			for _, seg := range [][2]rune{{0, latinEnd - 1}, {punctStart, punctEnd - 1}} {
				for r := max(rs[j], seg[0]); r <= min(rs[j+1], seg[1]); r++ {
					add(r)
				}
			}
		}
	}
	classes := map[[2]uint64]uint8{}
	classOf := func(r rune) uint8 {
		sum := sums[index(r)]
		c, ok := classes[sum]
		if !ok {
			if len(m.repr) == noClass {
				return noClass // too many classes: looked up one by one
			}
			c = uint8(len(m.repr))
			classes[sum] = c
			m.repr = append(m.repr, r)
		}
		return c
	}
	for r := range rune(latinEnd) {
		m.latin[r] = classOf(r)
	}
	for r := rune(punctStart); r < punctEnd; r++ {
		m.punct[r-punctStart] = classOf(r)
	}
	m.nclass = len(m.repr)
}

// mix spreads the bits of k (splitmix64's finalizer).
func mix(k uint64) uint64 {
	k = (k ^ k>>30) * 0xbf58476d1ce4e5b9
	k = (k ^ k>>27) * 0x94d049bb133111eb
	return k ^ k>>31
}

// class is the class of r, or noClass.
func (m *Machine) class(r rune) uint8 {
	switch {
	case r < latinEnd:
		return m.latin[r]
	case punctStart <= r && r < punctEnd:
		return m.punct[r-punctStart]
	}
	return noClass
}

// closure adds to set the instructions that consume a rune, or match,
// reachable from pc without consuming one and not yet marked by c in its
// current round: a state's transition is the closure of many
// instructions, each instruction is added and followed once a round.
func (m *Machine) closure(set []uint32, pc uint32, c *closer) []uint32 {
	stack := append(c.stack[:0], pc)
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c.mark[pc] == c.round {
			continue
		}
		c.mark[pc] = c.round
		in := &m.inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, in.Arg, in.Out)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			stack = append(stack, in.Out) // assertions taken as true: a superset
		case syntax.InstFail:
		default: // a rune instruction, or match
			set = append(set, pc)
		}
	}
	c.stack = stack
	return set
}

// closer is the scratch space of closures: the instructions marked in
// the current round, and a stack.
type closer struct {
	mark  []uint32
	round uint32
	stack []uint32
}

func newCloser(n int) *closer { return &closer{mark: make([]uint32, n), round: 1} }

// next starts a new round: nothing is marked.
func (c *closer) next() {
	if c.round++; c.round == 0 {
		clear(c.mark)
		c.round = 1
	}
}

// Automaton is one worker's DFA of a Machine: its states are built as
// texts need them, so it is not safe for concurrent use.
type Automaton struct {
	m      *Machine
	states []dstate
	// trans is every state's transitions, one row of nclass cells a state,
	// in one slice: the walk reads one cell a rune. A cell holds (next
	// state + 1) << 1, its low bit set when the next state ends a match;
	// 0: not built yet; -1: no match can go on. Cells of two bytes (the
	// states are bounded) keep more of the table in the processor's cache:
	// a walk costs its cache misses.
	trans  []int16
	index  map[string]int32
	others int // transitions in the states' maps
	// accept[s] bounds, in accepts, the patterns a match ends for on
	// reaching state s: kept apart from the states, small enough for the
	// cache, as a walk reads them at every match.
	accept  [][2]int32
	accepts []int32
	ends    []int32 // each pattern's longest match in the current walk; -1: none
	hit     []int32 // the patterns with a match in the current walk
	close   *closer
	next    []uint32
}

type dstate struct {
	pcs   []uint32
	other map[rune]int16 // transitions on runes of no class
}

// MaxStates bounds an automaton's memory (a state is about a kilobyte):
// past it, its states are dropped and built again as needed. Real news
// text needs a few thousand. A cell of trans must hold the last state's
// index: a walk adds at most maxPhrase states past the bound.
const MaxStates = 1 << 13

// maxOthers bounds the transitions on runes of no class (CJK, emoji…)
// an automaton keeps, in all its states' maps, likewise.
const maxOthers = 1 << 16

func NewAutomaton(m *Machine) *Automaton {
	a := &Automaton{m: m, close: newCloser(len(m.inst)), ends: slices.Repeat([]int32{-1}, m.n)}
	a.reset()
	return a
}

func (a *Automaton) reset() {
	a.states, a.trans, a.index = a.states[:0], a.trans[:0], map[string]int32{}
	a.accept, a.accepts = a.accept[:0], a.accepts[:0]
	a.others = 0
	a.state(a.m.start)
}

// state returns the index of the state for the set pcs, adding it (with
// a copy of pcs).
func (a *Automaton) state(pcs []uint32) int32 {
	key := make([]byte, 0, 4*len(pcs))
	for _, pc := range pcs {
		key = append(key, byte(pc), byte(pc>>8), byte(pc>>16), byte(pc>>24))
	}
	if i, ok := a.index[string(key)]; ok {
		return i
	}
	s := dstate{pcs: slices.Clone(pcs)}
	from := len(a.accepts)
	for _, pc := range pcs {
		if r := a.m.owner[pc]; r >= 0 && !slices.Contains(a.accepts[from:], r) {
			a.accepts = append(a.accepts, r)
		}
	}
	a.accept = append(a.accept, [2]int32{int32(from), int32(len(a.accepts))})
	a.states = append(a.states, s)
	a.trans = append(a.trans, make([]int16, a.m.nclass)...)
	i := int32(len(a.states) - 1)
	a.index[string(key)] = i
	return i
}

// step is the cell for the state after state i reads c.
func (a *Automaton) step(i int32, c rune) int16 {
	next := a.next[:0]
	a.close.next()
	for _, pc := range a.states[i].pcs {
		in := &a.m.inst[pc]
		if in.Op != syntax.InstMatch && in.MatchRune(c) {
			next = a.m.closure(next, in.Out, a.close)
		}
	}
	a.next = next
	if len(next) == 0 {
		return -1
	}
	slices.Sort(next)
	n := a.state(next)
	cell := int16(n+1) << 1
	if acc := a.accept[n]; acc[1] > acc[0] {
		cell |= 1
	}
	return cell
}

// Hit is how far the longest match of a pattern at the start of a window can
// reach, in bytes.
type Hit struct {
	Pattern int32
	End     int32
}

// walk appends to hits, for each pattern a match of which can begin at the
// start of win, how far the longest can reach.
func (a *Automaton) Walk(win string, hits []Hit) []Hit {
	if len(a.states) > MaxStates || a.others > maxOthers {
		a.reset() // a walk adds at most one state per rune
	}
	a.hit = a.hit[:0]
	if acc := a.accept[0]; acc[1] > acc[0] {
		a.match(0, 0)
	}
	// Most bytes take the first branch, which calls nothing; the others
	// need more: a rune beyond ASCII, a transition not built yet (which
	// may grow the table: trans is read again), one where a match ends
	// or none can go on.
	trans, latin, nclass := a.trans, &a.m.latin, a.m.nclass
	s := 0
	for i := 0; i < len(win); {
		var v int16
		if c := win[i]; c < utf8.RuneSelf {
			cls := int(latin[c])
			i++
			if v = trans[s*nclass+cls]; v > 0 && v&1 == 0 {
				s = int(v>>1) - 1
				continue
			}
			if v == 0 {
				v = a.build(int32(s), uint8(cls))
				trans = a.trans
			}
		} else {
			var size int
			v, size = a.other(int32(s), win[i:])
			i += size
			trans = a.trans
		}
		if v < 0 {
			break
		}
		s = int(v>>1) - 1
		if v&1 != 0 {
			a.match(int32(s), i)
		}
	}
	for _, r := range a.hit {
		hits = append(hits, Hit{Pattern: r, End: a.ends[r]})
		a.ends[r] = -1
	}
	return hits
}

// build is the cell for the state after state s reads a rune of ASCII
// class cls, built and kept. Apart from walk, which meets it rarely, so
// that walk's loop keeps its registers.
//
//go:noinline
func (a *Automaton) build(s int32, cls uint8) int16 {
	v := a.step(s, a.m.repr[cls])
	a.trans[s*int32(a.m.nclass)+int32(cls)] = v
	return v
}

// other is the cell for the state after state s reads the rune beyond
// ASCII that rest starts with, and the rune's length.
func (a *Automaton) other(s int32, rest string) (int16, int) {
	var c rune
	var size int
	if len(rest) > 1 && rest[0] >= 0xC2 && rest[0] < 0xE0 && rest[1]&0xC0 == 0x80 {
		// Two bytes, as Latin-1's letters are: decoded here, not by
		// utf8's general path.
		c, size = rune(rest[0]&0x1F)<<6|rune(rest[1]&0x3F), 2
	} else {
		c, size = utf8.DecodeRuneInString(rest)
	}
	if cls := a.m.class(c); cls != noClass {
		cell := s*int32(a.m.nclass) + int32(cls)
		v := a.trans[cell]
		if v == 0 {
			v = a.step(s, a.m.repr[cls])
			a.trans[cell] = v
		}
		return v, size
	}
	v, known := a.states[s].other[c]
	if !known {
		v = a.step(s, c)
		if a.states[s].other == nil {
			a.states[s].other = map[rune]int16{}
		}
		a.states[s].other[c] = v
		a.others++
	}
	return v, size
}

// match records that the matches of state s's patterns reach end.
func (a *Automaton) match(s int32, end int) {
	acc := a.accept[s]
	for _, r := range a.accepts[acc[0]:acc[1]] {
		if a.ends[r] < 0 {
			a.hit = append(a.hit, r)
		}
		a.ends[r] = int32(end)
	}
}
