package tag

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"frise/timeline/en"
	"frise/timeline/fr"
)

// FuzzAutomaton: on any text, the tagger (its automaton, the words that
// open phrases, the memos, the pruned backtracker) finds what trying
// every word with Go's regexps finds, in French and in English.
func FuzzAutomaton(f *testing.F) {
	for _, s := range []string{
		"Le 5 janv. 2022 à 14h30, puis du 2 au 5 février, il y a trois jours, la nuit de mardi à mercredi.",
		"On Jan. 5, 2022 at 3pm, three days ago, from 9 to 11 am, overnight Tuesday into Wednesday.",
		"l’an dernier, L'AN DERNIER, à midi moins le quart, ÉTÉ 2021, mi-juillet, NOËL",
		"de 8 heures à 18 heures dimanche\xff, 15juin, 1.5 heures, 8:00:31",
	} {
		f.Add(s)
	}
	taggers := map[string][2]*Tagger{}
	for name, tg := range map[string]*Tagger{"fr": For(fr.Language()), "en": For(en.Language())} {
		taggers[name] = [2]*Tagger{tg, blindOf(tg)}
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 {
			return
		}
		for name, tgs := range taggers {
			if d := cmp.Diff(tgs[1].TagText(text), tgs[0].TagText(text)); d != "" {
				t.Fatalf("%s: %q (-every word +tagger):\n%s", name, text, d)
			}
		}
	})
}
