package tag_test

import (
	"fmt"
	"strings"
	"testing"

	"frise/timeline/en"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// TestRangeOf: two dates, or a date and the article's present, with a
// link word between them make one range when a range word opens it (or
// for two days, a dash joins them); "-" means no range read.
func TestRangeOf(t *testing.T) {
	taggers := map[string]*tag.Tagger{"fr": tag.For(fr.Language()), "en": tag.For(en.Language())}
	for _, tc := range []struct{ lang, text, want string }{
		{"fr", "Les prix ont doublé de 2015 à aujourd'hui.", "de 2015 à aujourd'hui"},
		{"fr", "Du 3 janvier à ce jour, 40 plaintes ont été déposées.", "Du 3 janvier à ce jour"},
		{"fr", "Entre mars 2020 et maintenant, tout a changé.", "Entre mars 2020 et maintenant"},
		{"en", "Prices doubled from 2015 to today.", "from 2015 to today"},
		{"en", "Between January and now, 40 people left.", "Between January and now"},
		{"fr", "Le salon se tient du 10/01 au 15/01/2022.", "du 10/01 au 15/01/2022"},
		{"fr", "Il sera fermé entre le 3 mars et le 7 avril.", "entre le 3 mars et le 7 avril"},
		{"fr", "La hausse a duré de janvier à mars.", "de janvier à mars"},
		{"en", "The fair runs from 1/5/2022 to 1/7/2022.", "from 1/5/2022 to 1/7/2022"},
		{"en", "Polls: 8/10/2012 - 8/15/2012.", "8/10/2012 - 8/15/2012"},
		{"en", "Offices close from Dec. 31, 2021, to Jan. 2.", "from Dec. 31, 2021, to Jan. 2"},
		{"en", "He left on Dec. 31, and to Jan. 2 nobody knew.", "-"},
		// No range word, or one that does not go with the link, or ends of
		// different kinds: two phrases.
		{"fr", "En 2015 et aujourd'hui encore, il refuse.", "-"},
		{"fr", "Entre 2015 à aujourd'hui", "-"},
		{"en", "He left in 2015. Today he is back.", "-"},
		{"en", "from 2015 and today", "-"},
		{"fr", "En 2015 et 2016, il a gagné.", "-"},
		{"fr", "De janvier à 2016", "-"},
		{"en", "from March 3 to 2016", "-"},
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

// TestFirstCounts: a range of lengths whose unit is written once, after
// its last count, is two durations, the first on its number alone, as
// TimeML writes them; a count that is no first end of such a range is
// left alone.
func TestFirstCounts(t *testing.T) {
	tg := tag.For(fr.Language())
	for _, tc := range []struct {
		text string
		want []string // text timex of the durations
	}{
		{"La rénovation du pont prendra de 8 à 14 mois.", []string{"8 P8M", "14 mois P14M"}},
		{"Le chantier durera entre quatre et six semaines.", []string{"quatre P4W", "six semaines P6W"}},
		{"Le prévenu encourt de 3 à 7 ans de prison.", []string{"3 P3Y", "à 7 ans P7Y"}},
		{"La panne a duré de vingt à trente minutes.", []string{"vingt PT20M", "trente minutes PT30M"}},
		// Not the first end of a range of lengths.
		{"Il a fallu 6 à 18 mois.", []string{"18 mois P18M"}},
		{"Le projet passe de 18 à 12 mois.", []string{"12 mois P12M"}},
		{"Il a tenu deux et même trois semaines.", []string{"trois semaines P3W"}},
	} {
		var got []string
		for _, m := range tg.TagText(tc.text) {
			if m.Expr.Timex != "" && m.Expr.Timex[0] == 'P' {
				got = append(got, m.Text+" "+m.Expr.Timex)
			}
		}
		if strings.Join(got, ", ") != strings.Join(tc.want, ", ") {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDayFromDate: "la veille du 14 juillet" is one phrase, the day
// counted from that date, not from the date told before; from an event
// ("au lendemain du vote") it stays the count alone.
func TestDayFromDate(t *testing.T) {
	tg := tag.For(fr.Language())
	for _, tc := range []struct{ text, want string }{
		{"La veille du 15 août, les routes étaient saturées.", "La veille du 15 août -1"},
		{"Au lendemain du 1er mai, les syndicats se sont réunis.", "Au lendemain du 1er mai 1"},
		{"L'avant-veille du 3 mars, il avait disparu.", "L'avant-veille du 3 mars -2"},
		{"Au lendemain du scrutin, les militants ont manifesté.", "Au lendemain 0"},
	} {
		got := ""
		for _, m := range tg.TagText(tc.text) {
			got = fmt.Sprintf("%s %d", m.Text, m.Expr.Then.N)
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
