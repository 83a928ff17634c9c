package timeline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"frise/samples"
	"frise/timeline"
	"frise/timeline/en"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// sampleText reads the embedded sample article's body (without its date).
func sampleText(t *testing.T) string {
	t.Helper()
	f, err := samples.FS().Open("kazakhstan-2022-01.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for a, err := range timeline.Articles("sample", f, timeline.ReadOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		return a.Text
	}
	t.Fatal("no article in the sample")
	return ""
}

func buildStory(t *testing.T, date string, opt timeline.ResolveOptions) (timeline.Result, *timeline.Article) {
	t.Helper()
	a, err := timeline.NewArticle("kz", date, sampleText(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	a.Source = "Belga"
	a.Lang = "fr" // as frise reads it: sentences cut with the registered languages' words
	r, err := timeline.Process(context.Background(), a, tag.For(fr.Language()), timeline.Options{Resolve: opt, Languages: languagesOf})
	if err != nil {
		t.Fatal(err)
	}
	return r, a
}

// eventOf returns the event whose clause holds the words, and fails if none does.
func eventOf(t *testing.T, r timeline.Result, words string) timeline.Event {
	t.Helper()
	for _, e := range r.Events {
		if strings.Contains(e.Clause, words) {
			return e
		}
	}
	t.Fatalf("no event for %q", words)
	return timeline.Event{}
}

func TestStoryDatedByDay(t *testing.T) {
	for _, date := range []string{"2022-01-05", "2022-01-06"} {
		t.Run(date, func(t *testing.T) {
			r, _ := buildStory(t, date, timeline.ResolveOptions{Languages: tensesOnly})
			want := []struct{ words, timex string }{
				{"ont éclaté dimanche", "2022-01-02"},
				{"s'étendre dans la nuit de mardi à mercredi", "2022-01-04TNI"},
				{"état d'urgence a été décrété mercredi", "2022-01-05"},
				{"Tokaïev, a dénoncé mercredi", "2022-01-05"},
				{"panne d'internet", "2022-01-05"},
				{"a dit mercredi la porte-parole de la Maison Blanche Jen Psaki", "2022-01-05"},
				{"a déclaré mercredi le porte-parole du secrétaire général", "2022-01-05"},
			}
			for _, w := range want {
				e := eventOf(t, r, w.words)
				if e.Value.Timex != w.timex {
					t.Errorf("%q: %s, want %s", w.words, e.Value.Timex, w.timex)
				}
				if e.Value.Certainty == timeline.Ambiguous {
					t.Errorf("%q: ambiguous in an article dated %s", w.words, date)
				}
			}
			night := eventOf(t, r, "dans la nuit de mardi à mercredi").Value
			if got := night.From.Format("2006-01-02T15"); got != "2022-01-04T20" {
				t.Errorf("the night starts %s, want Tuesday evening", got)
			}
			if got := night.To.Format("2006-01-02T15"); got != "2022-01-05T06" {
				t.Errorf("the night ends %s, want Wednesday morning", got)
			}
			// The sentence with the state of emergency is not glued to the one before ("urgence.Les").
			if e := eventOf(t, r, "ont éclaté dimanche"); strings.Contains(e.Sources[0].Sentence, "Psaki") {
				t.Errorf("sentence not split: %q", e.Sources[0].Sentence)
			}
			// "quotidien" is at most a SET, never an event.
			for _, e := range r.Events {
				if strings.Contains(e.Sources[0].Phrase, "quotidien") {
					t.Errorf("an event dated by %q", e.Sources[0].Phrase)
				}
			}
		})
	}
}

func TestStoryDatedByMonth(t *testing.T) {
	r, _ := buildStory(t, "2022-01", timeline.ResolveOptions{Languages: tensesOnly})
	lo := time.Date(2021, 12, 26, 0, 0, 0, 0, time.UTC)
	hi := time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC)
	rel := map[string]int{
		"ont éclaté dimanche":                        -3,
		"s'étendre dans la nuit de mardi à mercredi": -1,
		"état d'urgence a été décrété mercredi":      0,
		"Tokaïev, a dénoncé mercredi":                0,
		"panne d'internet":                           0,
		"a dit mercredi la porte-parole":             0,
		"a déclaré mercredi le porte-parole":         0,
	}
	for words, want := range rel {
		v := eventOf(t, r, words).Value
		if v.Certainty != timeline.Ambiguous || v.Reason == "" {
			t.Errorf("%q: certainty %s (%q), want ambiguous with a reason", words, v.Certainty, v.Reason)
		}
		if v.RelDay == nil || *v.RelDay != want {
			t.Errorf("%q: day offset %v, want %d", words, v.RelDay, want)
		}
		if strings.ContainsAny(v.Timex, "0123456789") {
			t.Errorf("%q: value %s names a calendar day", words, v.Timex)
		}
	}
	for _, e := range r.Events {
		if e.Value.From.Before(lo) || e.Value.To.After(hi) {
			t.Errorf("%q: [%s, %s) goes outside what the article date allows", e.Clause, e.Value.From, e.Value.To)
		}
	}
	if r.Reference.Certainty != timeline.Ambiguous {
		t.Errorf("reference day: %s, want ambiguous", r.Reference.Certainty)
	}
}

func TestStoryAnchored(t *testing.T) {
	for _, opt := range []struct {
		name string
		text func(string) string
		opt  timeline.ResolveOptions
		// certainty of "dimanche": an anchor is the user's word; a day
		// the text names is only the earliest the story can be told from.
		certainty timeline.Certainty
	}{
		{"anchor option", func(s string) string { return s }, timeline.ResolveOptions{Languages: tensesOnly, Anchor: time.Date(2022, 1, 5, 0, 0, 0, 0, time.UTC)}, timeline.Exact},
		{"day named in the text", func(s string) string {
			return strings.Replace(s, "a dit mercredi", "a dit mercredi 5 janvier", 1)
		}, timeline.ResolveOptions{Languages: tensesOnly}, timeline.Inferred},
	} {
		t.Run(opt.name, func(t *testing.T) {
			a, err := timeline.NewArticle("kz", "2022-01", opt.text(sampleText(t)), nil)
			if err != nil {
				t.Fatal(err)
			}
			r, err := timeline.Process(context.Background(), a, tag.For(fr.Language()), timeline.Options{Resolve: opt.opt})
			if err != nil {
				t.Fatal(err)
			}
			v := eventOf(t, r, "ont éclaté dimanche").Value
			if v.Timex != "2022-01-02" {
				t.Errorf("dimanche = %s, want 2022-01-02", v.Timex)
			}
			if v.Certainty != opt.certainty {
				t.Errorf("dimanche: %s (%q), want %s", v.Certainty, v.Reason, opt.certainty)
			}
			if opt.certainty != timeline.Inferred {
				return
			}
			if v := eventOf(t, r, "a dit mercredi 5 janvier"); v.Value.Certainty != timeline.Exact {
				t.Errorf("mercredi 5 janvier: %s, want exact (no later day changes a date)", v.Value.Certainty)
			}
		})
	}
}

// TestOpenRanges: an event dated by the one named end of an open range
// is placed where a state since a time begins ("depuis vendredi": the
// start of something) or spans from the article's time to a time ahead
// ("jusqu'au 20 janvier"); the phrase keeps its own TIMEX3 value. An end the article's
// time cannot close ("à partir de lundi"; "il est resté jusqu'à jeudi", a
// past Thursday; any end in an article whose day is not known) leaves the
// event on the named end, marked as a start or an end.
func TestOpenRanges(t *testing.T) {
	text := "Les écoles sont fermées depuis vendredi. La grève durera jusqu'au 20 janvier. " +
		"Il est resté jusqu'à jeudi. À partir de lundi, les bars fermeront. Les cours ont repris le 5 janvier. " +
		"Les écoles rouvriront après le 20 janvier."
	tg := tag.For(fr.Language())
	for _, tc := range []struct {
		date, words, timex, from, to string
		open                         int
	}{
		{"2022-01-12", "fermées depuis", "2022-01-07", "2022-01-07T00:00", "2022-01-08T00:00", 2},
		{"2022-01-12", "La grève", "2022-01-20", "2022-01-12T00:00", "2022-01-21T00:00", -1},
		{"2022-01-12", "Il est resté", "2022-01-06", "2022-01-06T00:00", "2022-01-07T00:00", -2},
		{"2022-01-12T10:30", "fermées depuis", "2022-01-07", "2022-01-07T00:00", "2022-01-08T00:00", 2},
		{"2022-01", "La grève", "2022-01-20", "2022-01-20T00:00", "2022-01-21T00:00", -2},
		{"2022-01-12", "bars fermeront", "2022-01-17", "2022-01-17T00:00", "2022-01-18T00:00", 2},
		{"2022-01-12", "Les cours", "2022-01-05", "2022-01-05T00:00", "2022-01-06T00:00", 0},
		{"2022-01-12", "rouvriront", "2022-01-20", "2022-01-20T00:00", "2022-01-21T00:00", 3},
		// Said on a Friday, "depuis vendredi" is last Friday, not today.
		{"2022-01-14", "fermées depuis", "2022-01-07", "2022-01-07T00:00", "2022-01-08T00:00", 2},
	} {
		a, err := timeline.NewArticle("o", tc.date, text, nil)
		if err != nil {
			t.Fatal(err)
		}
		r, err := timeline.Process(context.Background(), a, tg, timeline.Options{Resolve: timeline.ResolveOptions{Languages: tensesOnly}})
		if err != nil {
			t.Fatal(err)
		}
		v := eventOf(t, r, tc.words).Value
		if v.Timex != tc.timex || v.From.Format("2006-01-02T15:04") != tc.from || v.To.Format("2006-01-02T15:04") != tc.to || v.Open != tc.open {
			t.Errorf("dated %s, %q: %s [%s, %s) open %d, want %s [%s, %s) open %d", tc.date, tc.words, v.Timex,
				v.From.Format("2006-01-02T15:04"), v.To.Format("2006-01-02T15:04"), v.Open, tc.timex, tc.from, tc.to, tc.open)
		}
	}
}

// TestOpenRangeNotInherited: the sentences after an open range are not on
// it: a state in the present with no phrase is the news of the article's
// day, which the state's start does not carry.
func TestOpenRangeNotInherited(t *testing.T) {
	a, err := timeline.NewArticle("o", "2002-09-14", "Depuis 1999, le régiment est au Kosovo. Les soldats sont fatigués.", nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := timeline.Process(context.Background(), a, tag.For(fr.Language()), timeline.Options{Languages: languagesOf, Resolve: timeline.ResolveOptions{Languages: tensesOnly}})
	if err != nil {
		t.Fatal(err)
	}
	if v := eventOf(t, r, "régiment").Value; v.Open != 2 || v.To.Format("2006-01-02") != "2000-01-01" {
		t.Errorf("the state since 1999: open %d, to %s; want open 2 (its start), to 2000-01-01", v.Open, v.To.Format("2006-01-02"))
	}
	if e := eventOf(t, r, "fatigués"); e.Value.Open != 0 || e.Value.Timex != "2002-09-14" || e.DatedBy != timeline.DatedArticle {
		t.Errorf("the sentence after: %s open %d, dated by %s; want 2002-09-14, not open, by the article", e.Value.Timex, e.Value.Open, e.DatedBy)
	}
}

// TestDurationsDateAsFarAsTheTextPlacesThem: a duration dates its clause
// only as far as the text places it: the stretch an anchored one covers,
// the side of the story's day a count with no number lies on, marked
// inferred; never the story's day itself, as a sentence with no phrase
// would be. One with neither is no date: its sentence is dated as before.
func TestDurationsDateAsFarAsTheTextPlacesThem(t *testing.T) {
	taggers := map[string]*tag.Tagger{"fr": tag.For(fr.Language()), "en": tag.For(en.Language())}
	for _, tc := range []struct {
		lang, text, timex string
		open              int
		certainty         timeline.Certainty
	}{
		{"fr", "Au cours des trois derniers mois, le chômage a baissé.", "2021-10-12/2022-01-11", 0, timeline.Exact},
		{"fr", "Il y a quelques jours, l'opposant a été arrêté.", "2022-01-12", -3, timeline.Inferred},
		{"fr", "Il a été arrêté il y a plusieurs semaines.", "2022-01-12", -3, timeline.Inferred},
		{"fr", "Dans quelques jours, il sera libéré.", "2022-01-12", 3, timeline.Inferred},
		{"en", "Several weeks ago, he was arrested.", "2022-01-12", -3, timeline.Inferred},
		{"en", "He will be freed in a few weeks.", "2022-01-12", 3, timeline.Inferred},
		// A stretch of no given length up to the story's day: the end of
		// something, there.
		{"fr", "Ces derniers mois, les prix ont flambé.", "2022-01-12", -2, timeline.Inferred},
		{"fr", "Depuis quelques jours, la tension monte.", "2022-01-12", -2, timeline.Inferred},
		{"en", "Prices have soared in recent months.", "2022-01-12", -2, timeline.Inferred},
		{"en", "Talks will resume in the coming weeks.", "2022-01-12", 2, timeline.Inferred},
		// Hours from a story dated by its day, that day or the next, are
		// no date: the sentence is dated as one with no phrase (here a
		// prediction, undated).
		{"en", "He will be freed in several hours.", "", 0, timeline.Exact},
		{"en", "He was freed several hours ago.", "2022-01-12", 0, timeline.Exact},
		// A sentence another phrase dates is at that phrase's time.
		{"fr", "En 2019, la production a reculé pour la première fois depuis dix ans.", "2019", 0, timeline.Exact},
		{"fr", "En 2019, la production a reculé pour la première fois depuis des années.", "2019", 0, timeline.Exact},
		// A length with nothing to count it from.
		{"fr", "La grève a duré quelques jours.", "2022-01-12", 0, timeline.Exact},
	} {
		a, err := timeline.NewArticle("d", "2022-01-12", tc.text, nil)
		if err != nil {
			t.Fatal(err)
		}
		a.Lang = tc.lang
		// The words that say which side of the story's day are the
		// language's: the cues are handed in.
		r, err := timeline.Process(context.Background(), a, taggers[tc.lang], timeline.Options{Languages: languagesOf, Resolve: timeline.ResolveOptions{Languages: tensesOnly}})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Events) != 1 {
			t.Fatalf("%q: %d events", tc.text, len(r.Events))
		}
		v := r.Events[0].Value
		if v.Timex != tc.timex || v.Open != tc.open || v.Certainty != tc.certainty {
			t.Errorf("%q: %s open %d %v, want %s open %d %v", tc.text, v.Timex, v.Open, v.Certainty, tc.timex, tc.open, tc.certainty)
		}
	}
}
