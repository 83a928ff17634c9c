package tag_test

import (
	"slices"
	"testing"

	"frise/timeline/en"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// TestJoinsAreTheLanguages: a tagger joins phrases by its own language's
// words only (fr.Joins, en.Joins): a range in French words is one phrase
// to the French tagger, two years to the English one, and the other way.
func TestJoinsAreTheLanguages(t *testing.T) {
	taggers := map[string]*tag.Tagger{"fr": tag.For(fr.Language()), "en": tag.For(en.Language())}
	for _, tc := range []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Les loyers ont grimpé de 2016 à 2019 dans la capitale.", []string{"de 2016 à 2019"}},
		{"en", "Les loyers ont grimpé de 2016 à 2019 dans la capitale.", []string{"2016", "2019"}},
		{"en", "Rents climbed from 2016 to 2019 in the capital.", []string{"from 2016 to 2019"}},
		{"fr", "Rents climbed from 2016 to 2019 in the capital.", []string{"2016", "2019"}},
	} {
		var got []string
		for _, m := range taggers[tc.lang].TagText(tc.text) {
			if !m.Part {
				got = append(got, m.Text)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s tagger on %q: %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

// TestSetAlso: a month or weekday coordinated with a SET before it repeats
// too ("every March and September"); one standing apart stays a date.
func TestSetAlso(t *testing.T) {
	taggers := map[string]*tag.Tagger{"fr": tag.For(fr.Language()), "en": tag.For(en.Language())}
	for _, tc := range []struct {
		lang, text string
		want       []string // phrase=TYPE VALUE-or-TIMEX
	}{
		{"en", "Fees are reset every March and September.", []string{"every March=SET XXXX-03", "September=SET XXXX-09"}},
		{"en", "Pickets form every Monday and Thursday.", []string{"every Monday=SET XXXX-WXX-1", "Thursday=SET XXXX-WXX-4"}},
		{"en", "Fees are reset every March, the board said in September.", []string{"every March=SET XXXX-03", "in September=DATE "}},
		{"fr", "Les tarifs changent chaque mois de mars et septembre.", []string{"chaque mois de mars=SET XXXX-03", "septembre=SET XXXX-09"}},
		{"fr", "Les primes tombent tous les mois d'août et d'octobre.", []string{"tous les mois d'août=SET XXXX-08", "octobre=SET XXXX-10"}},
		{"fr", "Ils défilent chaque lundi et jeudi.", []string{"chaque lundi=SET XXXX-WXX-1", "jeudi=SET XXXX-WXX-4"}},
	} {
		var got []string
		for _, m := range taggers[tc.lang].TagText(tc.text) {
			if !m.Part {
				got = append(got, m.Text+"="+string(m.Expr.Type)+" "+m.Expr.Timex)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s tagger on %q: %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}
