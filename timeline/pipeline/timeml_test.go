package pipeline_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"frise/timeline"
	"frise/timeline/pipeline"
)

// TestTagRangeEnds: a range is written as its two ends, as TIMEX3
// annotates it, each with its own value, the range's value and stretch
// beside it; an end no phrase reads is the number left on its side. A
// French or English end's preposition is a SIGNAL, outside it ("23 h" in "de 18 h à
// 23 h", as "18 h").
func TestTagRangeEnds(t *testing.T) {
	p := pipeline.New(pipeline.Options{})
	for _, tc := range []struct {
		lang, date, text string
		want             []string // text value [from, to) range
	}{
		{"fr", "2022-01-05", "La mairie restera fermée de 18 h à 23 h samedi.", []string{
			"18 h 2022-01-08T18:00 [2022-01-08T18:00, 2022-01-08T23:00) 2022-01-08T18:00/2022-01-08T23:00",
			"23 h 2022-01-08T23:00 [2022-01-08T18:00, 2022-01-08T23:00) 2022-01-08T18:00/2022-01-08T23:00",
			"samedi 2022-01-08 [2022-01-08T00:00, 2022-01-09T00:00) ",
		}},
		{"fr", "2003-03-10", "Le salon se tiendra du 2 au 5 avril à Nancy.", []string{
			"2 2003-04-02 [2003-04-02T00:00, 2003-04-06T00:00) 2003-04-02/2003-04-05",
			"5 avril 2003-04-05 [2003-04-02T00:00, 2003-04-06T00:00) 2003-04-02/2003-04-05",
		}},
		{"fr", "2003-03-14", "Les syndicats ont manifesté entre lundi et mercredi.", []string{
			"lundi 2003-03-10 [2003-03-10T00:00, 2003-03-13T00:00) 2003-03-10/2003-03-12",
			"mercredi 2003-03-12 [2003-03-10T00:00, 2003-03-13T00:00) 2003-03-10/2003-03-12",
		}},
		{"en", "2003-03-10", "The plant was shut from 1998 to 2001.", []string{
			"1998 1998 [1998-01-01T00:00, 2002-01-01T00:00) 1998/2001",
			"2001 2001 [1998-01-01T00:00, 2002-01-01T00:00) 1998/2001",
		}},
		{"en", "2003-03-10", "On March 14, the bar stays open from 10 p.m. to 2 a.m.", []string{
			"March 14 2003-03-14 [2003-03-14T00:00, 2003-03-15T00:00) ",
			"10 p.m. 2003-03-14T22:00 [2003-03-14T22:00, 2003-03-15T02:00) 2003-03-14T22:00/2003-03-15T02:00",
			"2 a.m. 2003-03-15T02:00 [2003-03-14T22:00, 2003-03-15T02:00) 2003-03-14T22:00/2003-03-15T02:00",
		}},
		{"en", "2003-03-10", "The 1990s were good to him.", []string{
			"The 1990s 199 [1990-01-01T00:00, 2000-01-01T00:00) ", // one period, one TIMEX3
		}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			tags, err := p.Tag(context.Background(), pipeline.TagInput{ID: "x", Date: tc.date, Lang: tc.lang, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range tags.Mentions {
				if tc.text[m.Span[0]:m.Span[1]] != m.Text {
					t.Errorf("span %v is %q, not %q", m.Span, tc.text[m.Span[0]:m.Span[1]], m.Text)
				}
				got = append(got, fmt.Sprintf("%s %s [%s, %s) %s", m.Text, m.Value, short(m.From), short(m.To), m.Range))
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

// checkTagged tags in and compares its mentions, each written "text type
// value [from, to)", with want.
func checkTagged(t *testing.T, p *pipeline.Pipeline, in pipeline.TagInput, want []string) {
	t.Helper()
	tags, err := p.Tag(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range tags.Mentions {
		got = append(got, fmt.Sprintf("%s %s %s [%s, %s)", m.Text, m.Type, m.Value, short(m.From), short(m.To)))
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}

// short is an RFC 3339 instant to the minute, its zone (UTC here) dropped.
func short(s string) string { return s[:min(len(s), len("2006-01-02T15:04"))] }

// TestTagAnchoredDurations: a count anchored to a time is written as the
// DURATION TimeML writes, the day it names in from and to; a count back
// from the article ("two weeks ago") stays the date.
func TestTagAnchoredDurations(t *testing.T) {
	p := pipeline.New(pipeline.Options{})
	for _, tc := range []struct {
		date, text string
		want       []string // text type value [from, to)
	}{
		{"2004-03-10", "The mine will close in three years, the union said.", []string{
			"three years DURATION P3Y [2007-03-10T00:00, 2007-03-11T00:00)",
		}},
		{"2004-03-10", "The strike began on Feb. 2. A week earlier, talks had failed.", []string{
			"Feb. 2 DATE 2004-02-02 [2004-02-02T00:00, 2004-02-03T00:00)",
			"A week earlier DURATION P1W [2004-01-26T00:00, 2004-01-27T00:00)",
		}},
		{"2004-03-10", "The dam was finished in 1998 and burst two years later.", []string{
			"1998 DATE 1998 [1998-01-01T00:00, 1999-01-01T00:00)",
			"two years later DURATION P2Y [2000-01-01T00:00, 2001-01-01T00:00)",
		}},
		// A figure compared with a year earlier, no period told: the year
		// compared with, a DATE as TimeBank writes it.
		{"2004-03-10", "Retail sales rose 5.5 percent from a year earlier.", []string{
			"a year earlier DATE 2003 [2003-01-01T00:00, 2004-01-01T00:00)",
		}},
		{"2004-03-10", "Home prices were 3% lower than a year earlier.", []string{
			"a year earlier DATE 2003 [2003-01-01T00:00, 2004-01-01T00:00)",
		}},
		{"2004-03-10", "The minister resigned two weeks ago.", []string{
			"two weeks ago DATE 2004-02-25 [2004-02-25T00:00, 2004-02-26T00:00)",
		}},
		// TimeML writes years and months ago at their unit; from and to
		// keep the day counted.
		{"2004-03-10", "The plant opened ten years ago and closed two months ago.", []string{
			"ten years ago DATE 1994 [1994-03-10T00:00, 1994-03-11T00:00)",
			"two months ago DATE 2004-01 [2004-01-10T00:00, 2004-01-11T00:00)",
		}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			checkTagged(t, p, pipeline.TagInput{ID: "x", Date: tc.date, Lang: "en", Text: tc.text}, tc.want)
		})
	}
}

// TestTagDayAndClock: a date and its clock written together are two
// TIMEX3s in French, as the French TimeBank writes them, the clock on
// that day; the event of the clause still takes the instant. A day said
// as a word ("hier à 10 h") stays one phrase, as the annotators write it,
// and English keeps its own practice, one phrase.
func TestTagDayAndClock(t *testing.T) {
	p := pipeline.New(pipeline.Options{})
	for _, tc := range []struct {
		lang, text string
		want       []string // text type value
		event      string   // the value the clause's event takes
	}{
		{"fr", "Les obsèques seront célébrées le mardi 22 juin à 14 h 30 en l'église.", []string{
			"le mardi 22 juin DATE 2004-06-22", "14 h 30 TIME 2004-06-22T14:30",
		}, "2004-06-22T14:30"},
		{"fr", "Le conseil municipal se réunira jeudi à 20 heures.", []string{
			"jeudi DATE 2004-06-17", "20 heures TIME 2004-06-17T20:00",
		}, "2004-06-17T20:00"},
		{"fr", "Le tirage aura lieu le 2 juillet à 18:30 au siège.", []string{
			"le 2 juillet DATE 2004-07-02", "18:30 TIME 2004-07-02T18:30",
		}, "2004-07-02T18:30"},
		{"fr", "Hier à 10 h, les grévistes ont bloqué le dépôt.", []string{
			"Hier à 10 h TIME 2004-06-14T10:00",
		}, "2004-06-14T10:00"},
		{"en", "The vote is on Tuesday, June 22 at 10 a.m.", []string{
			"Tuesday, June 22 at 10 a.m. TIME 2004-06-22T10:00",
		}, "2004-06-22T10:00"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			tags, err := p.Tag(context.Background(), pipeline.TagInput{ID: "x", Date: "2004-06-15", Lang: tc.lang, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range tags.Mentions {
				if tc.text[m.Span[0]:m.Span[1]] != m.Text {
					t.Errorf("span %v is %q, not %q", m.Span, tc.text[m.Span[0]:m.Span[1]], m.Text)
				}
				got = append(got, fmt.Sprintf("%s %s %s", m.Text, m.Type, m.Value))
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
			a, err := timeline.NewArticle("x", "2004-06-15", tc.text, nil)
			if err != nil {
				t.Fatal(err)
			}
			a.Lang = tc.lang
			r, err := p.Process(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Events) != 1 || r.Events[0].Value.Timex != tc.event {
				var evs []string
				for _, e := range r.Events {
					evs = append(evs, e.Value.Timex)
				}
				t.Errorf("events %v, want one at %s", evs, tc.event)
			}
		})
	}
}

// TestTagFrenchAnchoredDurations: an exact count ahead ("dans trois ans")
// is the DURATION TimeML writes, the day it names in from and to; a
// count back ("il y a trois jours") and a rough one ("dans une dizaine
// de jours") stay dates.
func TestTagFrenchAnchoredDurations(t *testing.T) {
	p := pipeline.New(pipeline.Options{})
	for _, tc := range []struct {
		text string
		want []string // text type value [from, to)
	}{
		{"La nouvelle station d'épuration sera livrée dans deux ans.", []string{
			"deux ans DURATION P2Y [2006-06-15T00:00, 2006-06-16T00:00)",
		}},
		{"Les résultats seront connus dans cinq jours.", []string{
			"cinq jours DURATION P5D [2004-06-20T00:00, 2004-06-21T00:00)",
		}},
		{"Le suspect a été interpellé il y a deux semaines.", []string{
			"il y a deux semaines DATE 2004-06-01 [2004-06-01T00:00, 2004-06-02T00:00)",
		}},
		{"Les travaux reprendront dans une vingtaine de jours.", []string{
			"une vingtaine de jours DATE 2004-W28 [2004-07-05T00:00, 2004-07-12T00:00)",
		}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			tags, err := p.Tag(context.Background(), pipeline.TagInput{ID: "x", Date: "2004-06-15", Lang: "fr", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range tags.Mentions {
				got = append(got, fmt.Sprintf("%s %s %s [%s, %s)", m.Text, m.Type, m.Value, short(m.From), short(m.To)))
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

// TestTagZones: a clock whose zone the text names is written with its
// offset in French, as the French TimeBank writes it, and alone in
// English, as the English TimeBank does; the instant keeps the zone.
func TestTagZones(t *testing.T) {
	p := pipeline.New(pipeline.Options{})
	for _, tc := range []struct {
		lang, text string
		want       []string // text type value [from, to)
	}{
		{"en", "The launch is set for 9:15 a.m. EDT.", []string{
			"9:15 a.m. EDT TIME 2013-03-21T09:15 [2013-03-21T13:15, 2013-03-21T13:16)",
		}},
		{"en", "The quake struck at 2:30 p.m. local time.", []string{
			"2:30 p.m. local time TIME 2013-03-21T14:30 [2013-03-21T14:30, 2013-03-21T14:31)",
		}},
		{"fr", "L'explosion a eu lieu à 16h CET.", []string{
			"16h CET TIME 2013-03-21T16:00+1 [2013-03-21T15:00, 2013-03-21T15:01)",
		}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			checkTagged(t, p, pipeline.TagInput{ID: "x", Date: "2013-03-21", Lang: tc.lang, Text: tc.text}, tc.want)
		})
	}
}
