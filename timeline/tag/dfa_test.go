package tag

import (
	"regexp"
	"testing"
)

// TestReach: a reach never rejects a place where the regexp matches, and
// never ends before its match; where nothing can match, it says so.
func TestReach(t *testing.T) {
	for _, tc := range []struct {
		pattern, text string
		ok            bool
	}{
		{`hier`, "hier soir", true},
		{`hier`, "Hier soir", true},
		{`hier`, "avant-hier", false},
		{`le\s+(\d{1,2})\s+janvier\b`, "le 5 janvier 2022", true},
		{`le\s+(\d{1,2})\s+janvier\b`, "le 5 janviers", true}, // \b taken as true: a superset
		{`le\s+(\d{1,2})\s+janvier\b`, "le cinq janvier", false},
		{`(?:é|e)t[ée]\s+dernier$`, "ÉTÉ DERNIER", true},
		{`(?:é|e)t[ée]\s+dernier$`, "été prochain", false},
		{`(\d+)\s*(?:h|heures?)(?:\s*(\d{2}))?`, "14 h 30 à Paris", true},
		{`(\d+)\s*(?:h|heures?)(?:\s*(\d{2}))?`, "14 ans", false},
		{`a|ab|abc`, "abcd", true},
		{`x*`, "yyy", true}, // the empty match
	} {
		re := regexp.MustCompile(`(?i)^(?:` + tc.pattern + `)`)
		end, ok := newReach(progOf(re)).longest(tc.text)
		if ok != tc.ok {
			t.Errorf("%s on %q: ok %v, want %v", tc.pattern, tc.text, ok, tc.ok)
			continue
		}
		if loc := re.FindStringIndex(tc.text); loc != nil && (!ok || end < loc[1]) {
			t.Errorf("%s on %q: reach %d, %v; the regexp matches %v", tc.pattern, tc.text, end, ok, loc)
		}
	}
}

// TestReachBounded: a pattern whose DFA has 2^13 states (the 13th letter
// from the end) makes a reach drop its states and build them again; it
// keeps its bound and still answers as the regexp does.
func TestReachBounded(t *testing.T) {
	re := regexp.MustCompile(`^(?:[ab]*a[ab]{12}c)`)
	r := newReach(progOf(re))
	seed := uint32(1)
	for range 2000 {
		w := make([]byte, 60)
		for i := range w {
			seed = seed*1664525 + 1013904223
			w[i] = "ab"[seed>>31]
		}
		w[len(w)-1] = 'c'
		_, ok := r.longest(string(w))
		if want := re.MatchString(string(w)); ok != want {
			t.Fatalf("%s: reach says %v, the regexp %v", w, ok, want)
		}
		if len(r.states) > maxStates+len(w) {
			t.Fatalf("%d states, bound %d", len(r.states), maxStates)
		}
	}
}
