package fr

import (
	"context"
	"testing"

	"frise/timeline"
)

// TestJoins: the French words of Joins join two phrases into one (a range,
// a day moved by a count, a time or a part of the day on its day), or
// leave a phrase one end of an open range, as the tagger reads them with
// the whole French grammar. A French join is tested here, beside its
// words.
func TestJoins(t *testing.T) {
	for _, tc := range []struct {
		text, phrase, timex string
		open                int // the phrase's Expr.Open: the side a range is open on
	}{
		// RangeStarts, RangeLinks: two phrases one range ("de mars à juin"
		// is one rule's phrase, not a join).
		{"Le festival se déroulera du 10/06 au 15/06/2022 à Nancy.", "du 10/06 au 15/06/2022", "2022-06-10/2022-06-15", 0},
		{"Le chantier a duré de 2015 à aujourd'hui.", "de 2015 à aujourd'hui", "2015/2022-01-05", 0},
		// Opens: the phrase keeps its own value, one end of a range.
		{"La route est fermée depuis vendredi.", "vendredi", "2021-12-31", 1},
		{"Le stade restera fermé jusqu'à jeudi.", "jeudi", "2022-01-06", -1},
		{"Le couvre-feu sera levé après le 20 janvier.", "le 20 janvier", "2022-01-20", 3},
		{"La loi avait été votée avant 2018.", "avant 2018", "2018", -3},
		// After: a day moved by a count.
		{"Le scrutin se tiendra trois jours après le 5 mai.", "trois jours après le 5 mai", "2022-05-08", 0},
		// At: a time on the day just before it.
		{"Le ministre arrivera mardi à 10 h.", "mardi à 10 h", "2022-01-11T10:00", 0},
		// PartOfDay and Of: a part of the day that is the day's.
		{"Le concert a eu lieu le 8 au soir.", "le 8 au soir", "2021-12-08TEV", 0},
		{"Les heurts ont éclaté dans la soirée de samedi.", "dans la soirée de samedi", "2022-01-01TEV", 0},
		{"Le match s'est joué jeudi en fin de journée.", "jeudi en fin de journée", "2021-12-30TEV", 0},
		// HoursSince: a count of hours that a part of the day makes a time,
		// since which something goes on.
		{"Il neige depuis 8 heures ce matin.", "depuis 8 heures ce matin", "2022-01-05T08:00", 1},
	} {
		a, err := timeline.NewArticle("t", "2022-01-05", tc.text, nil)
		if err != nil {
			t.Fatal(err)
		}
		ms, err := tagger().Tag(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: tensesOnly})
		found := false
		for _, m := range ms {
			if m.Text != tc.phrase || m.Part {
				continue
			}
			found = true
			if m.Value.Timex != tc.timex || m.Expr.Open != tc.open {
				t.Errorf("%q in %q: %s, open %d; want %s, open %d", m.Text, tc.text, m.Value.Timex, m.Expr.Open, tc.timex, tc.open)
			}
		}
		if !found {
			var got []string
			for _, m := range ms {
				got = append(got, m.Text)
			}
			t.Errorf("no phrase %q in %q: %q", tc.phrase, tc.text, got)
		}
	}
}
