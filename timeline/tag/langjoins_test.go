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
