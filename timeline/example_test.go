package timeline_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"frise/render/export"
	"frise/timeline"
	"frise/timeline/en"
	"frise/timeline/fr"
	"frise/timeline/lang"
	"frise/timeline/languages"
	"frise/timeline/tag"
)

// The steps one by one, as frise/timeline/pipeline runs them: read the
// articles, tag each with its language's grammar, resolve the phrases
// against the article's date, extract the events, merge the articles'
// events into one chronology, and write it (here as JSON lines;
// frise/render draws the chart page).
func Example() {
	ctx := context.Background()
	input := `date 2022-01-06 Mercredi, le président a limogé le gouvernement. Jeudi, des troupes russes sont arrivées à Almaty.
date 2022-01-07 Des troupes russes sont arrivées jeudi à Almaty, a indiqué le gouvernement.
`
	// The French grammar, compiled once for every article.
	l := fr.Language()
	tagger := tag.For(l)
	var results []timeline.Result
	// Read: one article a line, "date" and the article's date first.
	for a, err := range timeline.Articles("wires.txt", strings.NewReader(input), timeline.ReadOptions{}) {
		if err != nil {
			log.Fatal(err) // a *timeline.ParseError: wires.txt:LINE:COL: what is wrong
		}
		// Tag: every time phrase, with what it says (unresolved).
		ms, err := tagger.Tag(ctx, a)
		if err != nil {
			log.Fatal(err)
		}
		// Resolve: each phrase placed in time; ref is the story's day.
		ref := timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: tensesOnly})
		// Extract: the events, each dated for a stated reason.
		events := timeline.ExtractIn(a, ms, ref, &l)
		results = append(results, timeline.Result{Article: a, Mentions: ms, Reference: ref, Events: events})
	}
	// Merge: one chronology, where the same event told twice is one event
	// (timeline.Merge only puts the events in order). The language's cues
	// serve when a month-dated article is read again from the day another
	// source gives it, and its stop words are left out when two clauses
	// are compared.
	opt := timeline.DefaultMerge()
	opt.Languages = func(string) *lang.Language { return &l }
	opt.StopWords = languages.StopWords()
	chron := timeline.MergeWith(results, opt)
	for _, e := range chron.Events {
		fmt.Printf("%s %s %q, %d source(s)\n", e.Value.Timex, e.DatedBy, e.Clause, len(e.Sources))
	}
	// Write: one JSON object an event.
	var out strings.Builder
	if err := export.JSONL(&out, chron); err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.Count(out.String(), "\n"), "lines of JSON")
	// Output:
	// 2022-01-05 own "Mercredi, le président a limogé le gouvernement.", 1 source(s)
	// 2022-01-06 own "Jeudi, des troupes russes sont arrivées à Almaty.", 2 source(s)
	// 2022-01-07 article "a indiqué le gouvernement", 1 source(s)
	// 3 lines of JSON
}

// Resolve places each phrase against the article's date. An article dated
// only by its month has no known day: "dimanche" then spans every Sunday
// that can come before a day of the month, marked ambiguous, never one
// picked.
func ExampleResolve() {
	tagger := tag.For(fr.Language())
	for _, date := range []string{"2022-01-05", "2022-01"} {
		a, err := timeline.NewArticle("afp-1", date, "Les troubles ont éclaté dimanche.", nil)
		if err != nil {
			log.Fatal(err)
		}
		ms, err := tagger.Tag(context.Background(), a)
		if err != nil {
			log.Fatal(err)
		}
		timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: tensesOnly})
		v := ms[0].Value
		fmt.Printf("%s: %q → %s, %s to %s, %s\n", date, ms[0].Text, v.Timex,
			v.From.Format("2006-01-02"), v.To.AddDate(0, 0, -1).Format("2006-01-02"), v.Certainty)
	}
	// Output:
	// 2022-01-05: "dimanche" → 2022-01-02, 2022-01-02 to 2022-01-02, exact
	// 2022-01: "dimanche" → XXXX-XX-XX, 2021-12-26 to 2022-01-30, ambiguous
}

// ExtractIn dates each clause: by its own phrase, else by the article's
// day for a report, else not at all, and says which.
func ExampleExtractIn() {
	l := en.Language()
	a, err := timeline.NewArticle("ap-1", "2022-01-07", "Protesters stormed the city hall on Wednesday. The government has resigned, the president's office said.", nil)
	if err != nil {
		log.Fatal(err)
	}
	ms, err := tag.For(l).Tag(context.Background(), a)
	if err != nil {
		log.Fatal(err)
	}
	ref := timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: tensesOnly})
	for _, e := range timeline.ExtractIn(a, ms, ref, &l) {
		fmt.Printf("%s (%s): %s\n", e.Value.Timex, e.DatedBy, e.Clause)
	}
	// Output:
	// 2022-01-05 (own): Protesters stormed the city hall on Wednesday.
	// 2022-01-07 (article): The government has resigned, the president's office said.
}

// Pin reads again, from the day another source fixes, an article dated
// only by its month: its story's "lundi soir" is then one evening,
// inferred, and says which source pinned it. MergeWith runs Pin first.
func ExamplePin() {
	l := fr.Language()
	tagger := tag.For(l)
	opt := timeline.DefaultMerge()
	opt.Languages = func(string) *lang.Language { return &l }
	opt.Resolve = timeline.ResolveOptions{Languages: opt.Languages}
	opt.StopWords = languages.StopWords()
	var results []timeline.Result
	for _, art := range []struct{ id, date, text string }{
		{"monthly-1", "2022-01", "Lundi soir, des manifestants ont incendié la mairie d'Almaty."},
		{"wire-2", "2022-01-05", "Des manifestants ont incendié la mairie d'Almaty lundi 3 janvier au soir."},
	} {
		a, err := timeline.NewArticle(art.id, art.date, art.text, nil)
		if err != nil {
			log.Fatal(err)
		}
		r, err := timeline.Process(context.Background(), a, tagger, timeline.Options{Resolve: opt.Resolve, Languages: opt.Languages})
		if err != nil {
			log.Fatal(err)
		}
		results = append(results, r)
	}
	fmt.Println("before:", results[0].Events[0].Value.Timex, results[0].Events[0].Value.Certainty)
	for _, r := range timeline.Pin(results, opt) {
		e := r.Events[0]
		fmt.Printf("%s: %s %s, pinned by %q\n", r.Article.ID, e.Value.Timex, e.Value.Certainty, e.Sources[0].PinnedBy)
	}
	// Output:
	// before: XXXX-XX-XXTEV ambiguous
	// monthly-1: 2022-01-03TEV inferred, pinned by "wire-2"
	// wire-2: 2022-01-03TEV exact, pinned by ""
}

// Articles reads frise's text layout; a bad article is an error that says
// where, and the others are still read.
func ExampleArticles() {
	input := "date 2022-01-05 Mardi soir, la police a chargé.\ndate 2022-13 Lundi.\ndate 2022-01 Dimanche, les prix ont doublé.\n"
	for a, err := range timeline.Articles("wires.txt", strings.NewReader(input), timeline.ReadOptions{}) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(a.ID, a.Date.Timex, a.Text)
	}
	// Output:
	// wires.txt:1 2022-01-05 Mardi soir, la police a chargé.
	// error: wires.txt:2:6: malformed article date "2022-13": month out of range
	// wires.txt:3 2022-01 Dimanche, les prix ont doublé.
}
