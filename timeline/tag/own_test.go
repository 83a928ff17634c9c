package tag

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/olebedev/when/rules"

	"frise/timeline/en"
	"frise/timeline/expr"
	"frise/timeline/fr"
	"frise/timeline/lang"
)

// TestExprsOwnTheirStrings: what a phrase means holds no string cut from
// the text it was read in (a zone, a name): a timeline.Resolver keeps
// expressions after their articles are gone, and must not keep the texts.
func TestExprsOwnTheirStrings(t *testing.T) {
	texts := map[string]string{
		"fr": "Le 5 janvier 2022 à 14 h 30 CET, puis 2022-01-05T14:30:00+01:00, vers 12 h 30 locales, à Noël, " +
			"du 2 au 5 janvier à 16h UTC, le 14 juillet, il y a trois jours, pendant deux semaines, chaque lundi, en 2021.",
		"en": "On Jan. 5, 2022 at 3 p.m. EST, then 1994-11-05T13:15:30Z, at 10 a.m. local time, at 4pm GMT, on Thanksgiving, " +
			"from 9 to 11 am ET, three days ago, for two weeks, every Monday, in 2021.",
	}
	for name, rs := range map[string][]rules.Rule{"fr": fr.All(), "en": en.All()} {
		text := strings.Clone(texts[name])
		lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
		hi := lo + uintptr(len(text))
		inText := func(s string) bool {
			p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			return len(s) > 0 && lo <= p && p < hi
		}
		// With the automaton, rules read windows the worker copied; without
		// it, the text itself.
		for _, tg := range []*Tagger{New(rs...), newTagger(rs, lang.Joins{}, false)} {
			ms := tg.TagText(text)
			if len(ms) < 10 {
				t.Fatalf("%s: %d phrases read", name, len(ms))
			}
			for _, m := range ms {
				es := []expr.Expr{m.Expr}
				if m.Expr.Range != nil {
					es = append(es, m.Expr.Range[0], m.Expr.Range[1])
				}
				for _, e := range es {
					for _, s := range []string{string(e.Type), e.Holiday, e.Zone, e.Timex} {
						if inText(s) {
							t.Errorf("%s %q (%s): %q is the text's own bytes", name, m.Text, m.Rule, s)
						}
					}
				}
			}
		}
	}
}
