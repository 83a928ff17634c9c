package timeline_test

import (
	"context"
	"testing"
	"time"

	"frise/timeline"
	"frise/timeline/en"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// TestZonesAndCalendars reads phrases across DST changes, year ends, 29
// February and in zones far from UTC: the value is the calendar day (or
// the hours) a reader there would say, with the zone's offset on each end.
func TestZonesAndCalendars(t *testing.T) {
	zone := func(name string) *time.Location {
		l, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	paris, ny, almaty := zone("Europe/Paris"), zone("America/New_York"), zone("Asia/Almaty")
	taggers := map[string]*tag.Tagger{"fr": tag.For(fr.Language()), "en": tag.For(en.Language())}
	tests := []struct {
		name, lang, date string
		loc              *time.Location
		text, phrase     string
		timex, from, to  string
	}{
		{"yesterday across spring DST, Paris", "fr", "2022-03-28", paris, "Il est venu hier.", "hier",
			"2022-03-27", "2022-03-27T00:00:00+01:00", "2022-03-28T00:00:00+02:00"},
		{"a night across spring DST, Paris", "fr", "2022-03-28", paris, "Des tirs dans la nuit de samedi à dimanche.", "dans la nuit de samedi à dimanche",
			"2022-03-26TNI", "2022-03-26T20:00:00+01:00", "2022-03-27T06:00:00+02:00"},
		{"a day across autumn DST, New York", "en", "2022-11-07", ny, "He left on Sunday.", "on Sunday",
			"2022-11-06", "2022-11-06T00:00:00-04:00", "2022-11-07T00:00:00-05:00"},
		{"three days ago across autumn DST", "en", "2022-11-08", ny, "He left three days ago.", "three days ago",
			"2022-11-05", "2022-11-05T00:00:00-04:00", "2022-11-06T00:00:00-04:00"},
		{"lundi in an article dated Thursday 2 January", "fr", "2020-01-02", paris, "Il est arrivé lundi.", "lundi",
			"2019-12-30", "2019-12-30T00:00:00+01:00", "2019-12-31T00:00:00+01:00"},
		{"le 31 décembre read from January", "fr", "2020-01-02", paris, "Il est arrivé le 31 décembre.", "le 31 décembre",
			"2019-12-31", "2019-12-31T00:00:00+01:00", "2020-01-01T00:00:00+01:00"},
		{"29 February of a leap year", "fr", "2024-03-02", paris, "Il est venu le 29 février.", "le 29 février",
			"2024-02-29", "2024-02-29T00:00:00+01:00", "2024-03-01T00:00:00+01:00"},
		{"a month before 31 March", "fr", "2022-03-31", paris, "Il est venu il y a un mois.", "il y a un mois",
			"2022-02-28", "2022-02-28T00:00:00+01:00", "2022-03-01T00:00:00+01:00"},
		{"an evening in Almaty", "fr", "2022-01-05", almaty, "Mardi soir, la foule a grossi.", "Mardi soir",
			"2022-01-04TEV", "2022-01-04T18:00:00+06:00", "2022-01-05T00:00:00+06:00"},
		{"a count of days after a date", "en", "2022-01-20", nil, "He left three days after January 12.", "three days after January 12",
			"2022-01-15", "2022-01-15T00:00:00Z", "2022-01-16T00:00:00Z"},
		{"a count of weeks from tomorrow", "en", "2022-01-05", nil, "It will end two weeks from tomorrow.", "two weeks from tomorrow",
			"2022-01-20", "2022-01-20T00:00:00Z", "2022-01-21T00:00:00Z"},
		{"trois jours après une date", "fr", "2022-01-20", nil, "Il est parti trois jours après le 5 janvier.", "trois jours après le 5 janvier",
			"2022-01-08", "2022-01-08T00:00:00Z", "2022-01-09T00:00:00Z"},
		{"a time with an offset in the article date", "fr", "2022-01-05T14:30:00+06:00", nil, "Il est arrivé hier à 23 h.", "hier à 23 h",
			"2022-01-04T23:00", "2022-01-04T23:00:00+06:00", "2022-01-04T23:01:00+06:00"},
		{"hours ago, the article's time unknown: every time it can be", "fr", "2022-01-12", nil, "Il est arrivé il y a trois heures.", "il y a trois heures",
			"2022-01-12", "2022-01-11T21:00:00Z", "2022-01-12T21:00:00Z"},
		{"hours ago from the article's time", "fr", "2022-01-12T10:00:00Z", nil, "Il est arrivé il y a trois heures.", "il y a trois heures",
			"2022-01-12T07:00", "2022-01-12T07:00:00Z", "2022-01-12T07:01:00Z"},
		{"a count of months after a moving feast", "en", "2022-01-05", nil, "It happened three months after Easter.", "three months after Easter",
			"2021-07-04", "2021-07-04T00:00:00Z", "2021-07-05T00:00:00Z"},
		{"the part of a day named after it", "en", "2022-01-05", nil, "Troops moved in on the morning of March 3.", "on the morning of March 3",
			"2021-03-03TMO", "2021-03-03T06:00:00Z", "2021-03-03T12:00:00Z"}, // past tense: the March before
		{"a time said in a night that runs past midnight", "fr", "2022-01-12", nil, "Dans la nuit de samedi à dimanche, vers 2 h, un incendie a éclaté.", "vers 2 h",
			"2022-01-09T02:00", "2022-01-09T02:00:00Z", "2022-01-09T02:01:00Z"},
		{"a part of a date that holds its 'du'", "fr", "2022-01-05", nil, "Il a été arrêté dans la soirée du 31 décembre.", "dans la soirée du 31 décembre",
			"2021-12-31TEV", "2021-12-31T18:00:00Z", "2022-01-01T00:00:00Z"},
		{"the day after a time inside a night counts from the night", "fr", "2022-01-10", nil,
			"Dans la nuit de mercredi à jeudi, vers 2 h, la police a tiré. Le lendemain matin, les soldats sont arrivés.", "Le lendemain matin",
			"2022-01-06TMO", "2022-01-06T06:00:00Z", "2022-01-06T12:00:00Z"},
		{"a count after an event is no day counted from the story", "en", "2022-02-03", nil,
			"Shares fell on Thursday, a day after the company forecast weak revenue.", "a day after", "P1D", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"},
		{"a span of hours over midnight", "fr", "2022-01-12", nil, "Le couvre-feu s'applique de 22 h à 6 h.", "de 22 h à 6 h",
			"2022-01-12T22:00/2022-01-13T06:00", "2022-01-12T22:00:00Z", "2022-01-13T06:00:00Z"},
		{"the end of a span of hours over midnight, read alone", "fr", "2022-01-12", nil, "Le couvre-feu s'applique de 22 h à 6 h.", "à 6 h",
			"2022-01-13T06:00", "2022-01-13T06:00:00Z", "2022-01-13T06:01:00Z"},
		{"a day and a time to the second", "fr", "2022-01-05", nil, "Le séisme a frappé le 10 août 2012 à 10:12:59.", "le 10 août 2012 à 10:12:59",
			"2012-08-10T10:12:59", "2012-08-10T10:12:59Z", "2012-08-10T10:13:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := timeline.NewArticle("z", tt.date, tt.text, tt.loc)
			if err != nil {
				t.Fatal(err)
			}
			ms, err := taggers[tt.lang].Tag(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: tensesOnly})
			for _, m := range ms {
				if m.Text != tt.phrase {
					continue
				}
				v := m.Value
				if v.Timex != tt.timex || v.From.Format(time.RFC3339) != tt.from || v.To.Format(time.RFC3339) != tt.to {
					t.Errorf("%q = %s [%s, %s), want %s [%s, %s)", m.Text, v.Timex, v.From.Format(time.RFC3339), v.To.Format(time.RFC3339), tt.timex, tt.from, tt.to)
				}
				return
			}
			t.Errorf("no phrase %q in %q", tt.phrase, tt.text)
		})
	}
}

// TestNoDayInTheMonth: a day the nearest such month does not have is no
// date ("29 février" read in August 2013, with no tense to say which year).
func TestNoDayInTheMonth(t *testing.T) {
	a, err := timeline.NewArticle("z", "2013-08-10", "Rendez-vous le 29 février.", nil)
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := tag.For(fr.Language()).Tag(context.Background(), a)
	timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: tensesOnly})
	for _, m := range ms {
		if m.Value.Placed() {
			t.Errorf("%q placed on %s", m.Text, m.Value.Timex)
		}
	}
}

// TestOffsetZonesShared: articles dated with one offset share one zone,
// whatever goroutine read them (the resolver's memory compares zones by
// pointer), and the zone still prints and counts as its offset.
func TestOffsetZonesShared(t *testing.T) {
	zones := make(chan *time.Location, 8)
	for _, date := range []string{"2022-01-05T09:30:00+01:00", "2021-07-14T23:59:00+0100", "2022-01-06T00:00:00+01:00", "2020-02-29T12:00+01:00"} {
		go func() {
			a, err := timeline.NewArticle("z", date, "Il est venu hier.", nil)
			if err != nil {
				t.Error(err)
			}
			zones <- a.Location
		}()
	}
	first := <-zones
	for range 3 {
		if z := <-zones; z != first {
			t.Fatalf("two zones for +01:00: %p %p", first, z)
		}
	}
	if got := time.Date(2022, 1, 5, 9, 30, 0, 0, first).Format(time.RFC3339); got != "2022-01-05T09:30:00+01:00" {
		t.Errorf("the zone prints %s", got)
	}
	for date, want := range map[string]string{"2022-01-05T09:30:00-05:30": "-05:30", "2022-01-05T09:30:00+14:59": "+14:59", "2022-01-05T09:30:00Z": "UTC"} {
		a, err := timeline.NewArticle("z", date, "Il est venu hier.", nil)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := timeline.NewArticle("z", date, "Il est venu hier.", nil)
		if a.Location.String() != want || a.Location != b.Location {
			t.Errorf("%s: zone %s (want %s), shared %v", date, a.Location, want, a.Location == b.Location)
		}
	}
}
