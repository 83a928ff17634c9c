package match

import (
	"regexp"
	"slices"
	"testing"
)

// FuzzMatch: on any window, for the pattern of every French and English
// rule, the automaton says a match can begin wherever regexp finds one
// and reaches no shorter, and the submatcher finds regexp's captures.
// (The tagger's own fuzzer, FuzzAutomaton in timeline/tag, checks the
// whole of it, words that open phrases and memos included, against
// trying every word with regexp.)
func FuzzMatch(f *testing.F) {
	for _, s := range []string{
		"le 5 janv. 2022 à 14h30", "il y a trois jours", "la nuit de mardi à mercredi", "L'AN DERNIER",
		"three days ago", "from 9 to 11 am", "overnight Tuesday into Wednesday", "8:00:31\xff", "ÉTÉ 2021",
	} {
		f.Add(s)
	}
	type lang struct {
		res   []*regexp.Regexp
		progs []*Prog
		auto  *Automaton
	}
	var langs []lang
	for _, res := range rulePatterns() {
		l := lang{res: res}
		for _, re := range res {
			l.progs = append(l.progs, Compile(re))
		}
		l.auto = NewAutomaton(Merge(l.progs))
		langs = append(langs, l)
	}
	f.Fuzz(func(t *testing.T, win string) {
		if len(win) > window {
			return
		}
		for _, l := range langs {
			hits := l.auto.Walk(win, nil)
			for i, re := range l.res {
				want := re.FindStringSubmatchIndex(win)
				k := slices.IndexFunc(hits, func(h Hit) bool { return h.Pattern == int32(i) })
				if want != nil && (k < 0 || int(hits[k].End) < want[1]) {
					t.Fatalf("%s on %q: regexp matches %v, automaton hits %v", re, win, want[:2], hits)
				}
				if pr := l.progs[i]; pr.Begin() {
					sub := pr.Submatcher()
					if got := sub.Submatch(win, pr.NumCap()); !slices.Equal(got, want) {
						t.Fatalf("%s on %q: submatcher %v, regexp %v", re, win, got, want)
					}
				}
			}
		}
	})
}
