package match

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"testing"
	"unicode/utf8"
)

// machineFor merges the patterns into one machine, as a tagger merges its
// rules, anchored at the start as theirs are.
func machineFor(patterns ...string) (*Machine, []*regexp.Regexp) {
	var progs []*Prog
	var res []*regexp.Regexp
	for _, p := range patterns {
		re := regexp.MustCompile(`(?i)^(?:` + p + `)`)
		res, progs = append(res, re), append(progs, Compile(re))
	}
	return Merge(progs), res
}

// TestAutomaton: for each rule, the automaton never rejects a place where
// its regexp matches, and never ends before its match; where nothing of
// it can match, it says so, whatever the other rules merged with it.
func TestAutomaton(t *testing.T) {
	m, res := machineFor(`hier`, `le\s+(\d{1,2})\s+janvier\b`, `(?:é|e)t[ée]\s+dernier$`,
		`(\d+)\s*(?:h|heures?)(?:\s*(\d{2}))?`, `a|ab|abc`, `x*`, `l[’']an\s+dernier`, `à\s+midi`)
	a := NewAutomaton(m)
	for _, tc := range []struct {
		text  string
		rules []int32 // the rules that can match
	}{
		{"hier soir", []int32{0, 5}},
		{"Hier soir", []int32{0, 5}},
		{"avant-hier", []int32{4, 5}},
		{"le 5 janvier 2022", []int32{1, 5}},
		{"le 5 janviers", []int32{1, 5}}, // \b taken as true: a superset
		{"le cinq janvier", []int32{5}},
		{"ÉTÉ DERNIER", []int32{2, 5}},
		{"été prochain", []int32{5}},
		{"14 h 30 à Paris", []int32{3, 5}},
		{"14 ans", []int32{5}},
		{"abcd", []int32{4, 5}},
		{"yyy", []int32{5}}, // the empty match
		{"l’an dernier", []int32{5, 6}},
		{"L'AN DERNIER", []int32{5, 6}},
		{"À midi", []int32{5, 7}},
		{"à minuit", []int32{5}},
	} {
		hits := a.Walk(tc.text, nil)
		var got []int32
		for _, h := range hits {
			got = append(got, h.Pattern)
			if loc := res[h.Pattern].FindStringIndex(tc.text); loc != nil && int(h.End) < loc[1] {
				t.Errorf("%q: rule %d reaches %d; its regexp matches %v", tc.text, h.Pattern, h.End, loc)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.rules) {
			t.Errorf("%q: rules %v, want %v", tc.text, got, tc.rules)
		}
		for i, re := range res {
			if re.MatchString(tc.text) && !slices.Contains(got, int32(i)) {
				t.Errorf("%q: rule %d matches, the automaton says not", tc.text, i)
			}
		}
	}
}

// TestAutomatonBounded: a pattern whose DFA has 2^13 states (the 13th
// letter from the end), merged with another, makes an automaton drop its
// states and build them again; it keeps its bound and still answers as
// the regexps do.
func TestAutomatonBounded(t *testing.T) {
	m, res := machineFor(`[ab]*a[ab]{12}c`, `b+c`)
	a := NewAutomaton(m)
	seed := uint32(1)
	for range 3000 {
		w := make([]byte, 60)
		for i := range w {
			seed = seed*1664525 + 1013904223
			w[i] = "ab"[seed>>31]
		}
		w[len(w)-1] = 'c'
		hits := a.Walk(string(w), nil)
		for i, re := range res {
			if got := slices.ContainsFunc(hits, func(h Hit) bool { return h.Pattern == int32(i) }); got != re.MatchString(string(w)) {
				t.Fatalf("%s: the automaton says %v for rule %d, its regexp %v", w, got, i, !got)
			}
		}
		if len(a.states) > MaxStates+len(w) {
			t.Fatalf("%d states, bound %d", len(a.states), MaxStates)
		}
	}
}

// TestClassesExact: every rune of a class is matched, or not, by every
// rune instruction of the French and English machines as the rune that
// stands for its class is.
func TestClassesExact(t *testing.T) {
	for name, res := range rulePatterns() {
		var progs []*Prog
		for _, re := range res {
			progs = append(progs, Compile(re))
		}
		m := Merge(progs)
		for r := range rune(punctEnd) {
			c := m.class(r)
			if c == noClass {
				if r < latinEnd || r >= punctStart {
					t.Fatalf("%s: %U has no class", name, r)
				}
				continue
			}
			for pc := range m.inst {
				in := &m.inst[pc]
				switch in.Op {
				case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
					if in.MatchRune(r) != in.MatchRune(m.repr[c]) {
						t.Fatalf("%s: %U and %U share a class, instruction %d tells them apart", name, r, m.repr[c], pc)
					}
				}
			}
		}
		if m.nclass < 10 || m.nclass >= noClass {
			t.Errorf("%s: %d classes", name, m.nclass)
		}
	}
}

// TestAutomatonBoundedOthers: runes read one by one (beyond the classes'
// tables) fill the states' maps; past maxOthers the automaton drops them,
// and still answers as the regexp does.
func TestAutomatonBoundedOthers(t *testing.T) {
	m, res := machineFor(`a.b`)
	a := NewAutomaton(m)
	n := 0
	for r := rune(0x3000); n < maxOthers+10_000; r++ {
		if 0xD800 <= r && r <= 0xDFFF {
			continue
		}
		n++
		text := "a" + string(r) + "b"
		hits := a.Walk(text, nil)
		if got, want := len(hits) == 1, res[0].MatchString(text); got != want {
			t.Fatalf("%q: the automaton says %v, the regexp %v", text, got, want)
		}
		if a.others > maxOthers+1 {
			t.Fatalf("%d transitions kept, bound %d", a.others, maxOthers)
		}
	}
}

// TestASCIISetsExact: each rune instruction's ASCII set, read from its
// runes, is the ASCII runes MatchRune accepts, for every instruction of
// the French and English rules.
func TestASCIISetsExact(t *testing.T) {
	n := 0
	for name, res := range rulePatterns() {
		for _, re := range res {
			pr := Compile(re)
			sets := asciiSets(pr.p)
			for pc := range pr.p.Inst {
				in := &pr.p.Inst[pc]
				switch in.Op {
				case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
				default:
					continue
				}
				n++
				for r := rune(0); r < utf8.RuneSelf; r++ {
					if got, want := sets[pc][r/64]&(1<<(r%64)) != 0, runeMatches(in, r); got != want {
						t.Fatalf("%s: instruction %d (%v) on %q: set says %v, MatchRune %v", name, pc, in, r, got, want)
					}
				}
			}
		}
	}
	if n < 10_000 {
		t.Errorf("%d rune instructions checked", n)
	}
}
