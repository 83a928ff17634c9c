package match

import (
	"testing"
)

// TestPatternsRoundTrip: the rules' patterns written by AppendPatterns
// read back as the same programs and first words, and run as them: the
// submatcher finds the same captures in real phrases.
func TestPatternsRoundTrip(t *testing.T) {
	for lang, res := range rulePatterns() {
		var ps []Pattern
		for _, re := range res {
			pt, err := CompilePattern(re.String())
			if err != nil {
				t.Fatalf("%s: %v", re, err)
			}
			ps = append(ps, pt)
		}
		ps = append(ps, Pattern{}) // a rule the tagger does not anchor
		b := AppendPatterns(nil, ps)
		got, err := ReadPatterns(b)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if len(got) != len(ps) {
			t.Fatalf("%s: %d patterns read, %d written", lang, len(got), len(ps))
		}
		for i := range ps {
			if ps[i].Prog == nil {
				if got[i].Prog != nil || got[i].Starts != nil {
					t.Errorf("%s: pattern %d: none written, %+v read", lang, i, got[i])
				}
				continue
			}
			if err := got[i].Prog.Same(ps[i].Prog); err != nil {
				t.Errorf("%s: %s: %v", lang, res[i], err)
			}
			a, b := got[i].Starts, ps[i].Starts
			if a.Any != b.Any || a.Digit != b.Digit || len(a.Words) != len(b.Words) || len(a.Prefixes) != len(b.Prefixes) {
				t.Errorf("%s: %s: starts %+v, written %+v", lang, res[i], a, b)
			}
			for _, text := range []string{"mardi 4 janvier 2022 à 14 h, ", "le 5 janvier ", "il y a trois jours.", "on Tuesday evening, ", "last week "} {
				want := res[i].FindStringSubmatchIndex(text)
				sub := got[i].Prog.Submatcher()
				if g := sub.Submatch(text, got[i].Prog.NumCap()); !equalInts(g, want) {
					t.Errorf("%s: %s on %q: %v, regexp %v", lang, res[i], text, g, want)
				}
			}
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestReadPatternsMalformed: bytes AppendPatterns did not write (cut
// anywhere, or changed) give an error or patterns, never a panic.
func TestReadPatternsMalformed(t *testing.T) {
	pt, err := CompilePattern(`(?i)^(le (\d+) (janvier|février))()(?:$|[^\p{L}\p{N}_])`)
	if err != nil {
		t.Fatal(err)
	}
	b := AppendPatterns(nil, []Pattern{pt, {}})
	for n := range len(b) {
		if _, err := ReadPatterns(b[:n]); err == nil {
			t.Errorf("cut at %d of %d bytes: no error", n, len(b))
		}
	}
	for i := range b {
		c := append([]byte(nil), b...)
		c[i] ^= 0x5a
		ReadPatterns(c) // must not panic
	}
}
