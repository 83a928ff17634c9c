package match

import (
	"encoding/binary"
	"errors"
	"fmt"
	"regexp/syntax"
	"slices"
)

// Parsing a pattern is most of what compiling one costs (Unicode classes
// such as \P{L}, folded and sorted again in every pattern that names
// them): a language's rules took some 60 ms of parsing at every start of
// frise, four parses a rule. The tables below are what the tagger keeps of
// a pattern, written once as bytes (at go generate time, see timeline/tag)
// and read back without parsing: the program and the words its matches
// open with. What is derived from them (the submatcher's tables, the
// merged automaton) is built again when they are read, as it is after a
// compile.

// Pattern is what the tagger keeps of one anchored pattern: its program
// and the first words of its matches.
type Pattern struct {
	Prog   *Prog
	Starts *Starts
}

// CompilePattern compiles expr (Perl syntax, as regexp.Compile reads it)
// for the engine.
func CompilePattern(expr string) (Pattern, error) {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return Pattern{}, err
	}
	starts := startsOf(tree)
	ncap := 2 * (tree.MaxCap() + 1)
	p, err := syntax.Compile(tree.Simplify())
	if err != nil {
		return Pattern{}, err
	}
	return Pattern{Prog: newProg(p, ncap), Starts: starts}, nil
}

// newProg is p's Prog, with the tables the submatcher reads.
func newProg(p *syntax.Prog, ncap int) *Prog {
	return &Prog{p: p, ncap: ncap, begin: anchoredAtStart(p)}
}

// tablesVersion changes with the layout AppendPatterns writes.
const tablesVersion = 1

// AppendPatterns appends ps (a nil Prog: a pattern the tagger does not
// keep) to b as bytes that ReadPatterns reads back. Rune lists are written
// once each: the boundaries' classes recur in every pattern.
func AppendPatterns(b []byte, ps []Pattern) []byte {
	b = binary.AppendUvarint(b, tablesVersion)
	b = binary.AppendUvarint(b, uint64(len(ps)))
	var lists [][]rune
	index := map[string]int{}
	listOf := func(rs []rune) int {
		if len(rs) == 0 {
			return 0
		}
		k := string(rs)
		if i, ok := index[k]; ok {
			return i
		}
		lists = append(lists, rs)
		index[k] = len(lists)
		return len(lists)
	}
	var body []byte
	for _, pt := range ps {
		if pt.Prog == nil {
			body = append(body, 0)
			continue
		}
		body = append(body, 1)
		p := pt.Prog.p
		body = binary.AppendUvarint(body, uint64(pt.Prog.ncap))
		body = binary.AppendUvarint(body, uint64(p.Start))
		body = binary.AppendUvarint(body, uint64(p.NumCap))
		body = binary.AppendUvarint(body, uint64(len(p.Inst)))
		for _, in := range p.Inst {
			body = append(body, byte(in.Op))
			body = binary.AppendUvarint(body, uint64(in.Out))
			body = binary.AppendUvarint(body, uint64(in.Arg))
			body = binary.AppendUvarint(body, uint64(listOf(in.Rune)))
		}
		s := pt.Starts
		flags := byte(0)
		if s.Any {
			flags |= 1
		}
		if s.Digit {
			flags |= 2
		}
		body = append(body, flags)
		words := make([]string, 0, len(s.Words))
		for w := range s.Words {
			words = append(words, w)
		}
		slices.Sort(words)
		body = appendStrings(body, words)
		body = appendStrings(body, s.Prefixes)
	}
	b = binary.AppendUvarint(b, uint64(len(lists)))
	for _, rs := range lists {
		b = binary.AppendUvarint(b, uint64(len(rs)))
		prev := rune(0)
		for _, r := range rs {
			b = binary.AppendVarint(b, int64(r-prev)) // ranges go up: small deltas
			prev = r
		}
	}
	return append(b, body...)
}

func appendStrings(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return b
}

// errTables is the error of bytes AppendPatterns did not write.
var errTables = errors.New("match: malformed pattern tables")

// tableReader reads what AppendPatterns wrote; the first error sticks.
type tableReader struct {
	b   []byte
	err error
}

func (r *tableReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err, r.b = errTables, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *tableReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err, r.b = errTables, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *tableReader) byte() byte {
	if len(r.b) == 0 {
		r.err = errTables
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

// count reads a length that cannot be more than what is left to read.
func (r *tableReader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.err, r.b = errTables, nil
		return 0
	}
	return int(n)
}

func (r *tableReader) strings() []string {
	ss := make([]string, r.count())
	for i := range ss {
		n := r.count()
		ss[i], r.b = string(r.b[:n]), r.b[n:]
	}
	return ss
}

// ReadPatterns reads what AppendPatterns wrote.
func ReadPatterns(b []byte) ([]Pattern, error) {
	r := &tableReader{b: b}
	if v := r.uvarint(); v != tablesVersion {
		return nil, fmt.Errorf("match: pattern tables of version %d, not %d", v, tablesVersion)
	}
	ps := make([]Pattern, r.count())
	lists := make([][]rune, r.count()+1)
	for i := 1; i < len(lists); i++ {
		rs := make([]rune, r.count())
		prev := rune(0)
		for j := range rs {
			prev += rune(r.varint())
			rs[j] = prev
		}
		lists[i] = rs
	}
	for i := range ps {
		if r.byte() == 0 {
			continue
		}
		ncap := int(r.uvarint())
		p := &syntax.Prog{Start: int(r.uvarint()), NumCap: int(r.uvarint())}
		p.Inst = make([]syntax.Inst, r.count())
		for pc := range p.Inst {
			in := &p.Inst[pc]
			in.Op = syntax.InstOp(r.byte())
			in.Out, in.Arg = uint32(r.uvarint()), uint32(r.uvarint())
			l := r.uvarint()
			if l >= uint64(len(lists)) || in.Out >= uint32(len(p.Inst)) || (in.Op == syntax.InstAlt || in.Op == syntax.InstAltMatch) && in.Arg >= uint32(len(p.Inst)) {
				return nil, errTables
			}
			in.Rune = lists[l]
		}
		if r.err != nil || p.Start >= len(p.Inst) {
			return nil, errTables
		}
		flags := r.byte()
		s := &Starts{Any: flags&1 != 0, Digit: flags&2 != 0}
		if !s.Any {
			s.Words = map[string]bool{}
			for _, w := range r.strings() {
				s.Words[w] = true
			}
			s.Prefixes = r.strings()
		} else {
			r.strings()
			r.strings()
		}
		if len(s.Prefixes) == 0 {
			s.Prefixes = nil
		}
		if r.err != nil {
			return nil, r.err
		}
		ps[i] = Pattern{Prog: newProg(p, ncap), Starts: s}
	}
	if r.err != nil || len(r.b) != 0 {
		return nil, errTables
	}
	return ps, nil
}

// Same reports how pr differs from o, as programs: nil if they are the
// same instructions.
func (pr *Prog) Same(o *Prog) error {
	if pr.ncap != o.ncap || pr.begin != o.begin || pr.p.Start != o.p.Start || pr.p.NumCap != o.p.NumCap || len(pr.p.Inst) != len(o.p.Inst) {
		return fmt.Errorf("programs of %d and %d instructions, %d and %d captures, starting at %d and %d",
			len(pr.p.Inst), len(o.p.Inst), pr.ncap, o.ncap, pr.p.Start, o.p.Start)
	}
	for pc := range pr.p.Inst {
		a, b := &pr.p.Inst[pc], &o.p.Inst[pc]
		if a.Op != b.Op || a.Out != b.Out || a.Arg != b.Arg || !slices.Equal(a.Rune, b.Rune) {
			return fmt.Errorf("instruction %d: %v, %v", pc, a, b)
		}
	}
	return nil
}
