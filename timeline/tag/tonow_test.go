package tag_test

import (
	"testing"

	"frise/timeline/en"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// TestUntilNow: a date, a link word and the article's present make one
// range when a range word opens it; "-" means nothing read.
func TestUntilNow(t *testing.T) {
	taggers := map[string]*tag.Tagger{"fr": tag.New(fr.All()...), "en": tag.New(en.All()...)}
	for _, tc := range []struct{ lang, text, want string }{
		{"fr", "Les prix ont doublé de 2015 à aujourd'hui.", "de 2015 à aujourd'hui"},
		{"fr", "Du 3 janvier à ce jour, 40 plaintes ont été déposées.", "Du 3 janvier à ce jour"},
		{"fr", "Entre mars 2020 et maintenant, tout a changé.", "Entre mars 2020 et maintenant"},
		{"en", "Prices doubled from 2015 to today.", "from 2015 to today"},
		{"en", "Between January and now, 40 people left.", "Between January and now"},
		// No range word, or one that does not go with the link: two phrases.
		{"fr", "En 2015 et aujourd'hui encore, il refuse.", "-"},
		{"fr", "Entre 2015 à aujourd'hui", "-"},
		{"en", "He left in 2015. Today he is back.", "-"},
		{"en", "from 2015 and today", "-"},
	} {
		found := ""
		for _, m := range taggers[tc.lang].TagText(tc.text) {
			if m.Expr.Range != nil && !m.Part {
				found = m.Text
			}
		}
		if tc.want == "-" && found != "" || tc.want != "-" && found != tc.want {
			t.Errorf("%q: range %q, want %q", tc.text, found, tc.want)
		}
	}
}
