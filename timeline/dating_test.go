package timeline_test

import (
	"bufio"
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"frise/samples"
	"frise/timeline"
	"frise/timeline/en"
	"frise/timeline/fr"
	registry "frise/timeline/languages"
	"frise/timeline/tag"

	"golang.org/x/text/unicode/norm"
)

// TestDatedBy reads wire-style stories written for this test (French and
// English: a lead, a narrative with and without continuers, background,
// comparisons, relative clauses, predictions), and the embedded samples,
// and checks every event's dated_by and date against
// testdata/dating/expected.tsv, checked by hand.
func TestDatedBy(t *testing.T) {
	taggers := map[string]*tag.Tagger{"fr": tag.For(fr.Language()), "en": tag.For(en.Language())}
	events := map[string][]timeline.Event{}
	f, err := os.Open(filepath.Join("testdata", "dating", "expected.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	checked := map[string]bool{} // file and event index
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		file, clause, by := col[0], col[1], timeline.Dating(col[2])
		evs, ok := events[file]
		if !ok {
			evs = storyEvents(t, file, taggers)
			events[file] = evs
		}
		// The event whose clause is the one given, else the first that
		// starts with it: an aside at a sentence's head starts as the
		// sentence does ("Although the port had reopened on Friday
		// morning").
		var e *timeline.Event
		for _, exact := range []bool{true, false} {
			for i := range evs {
				if exact && strings.TrimRight(evs[i].Clause, ".") == clause || !exact && strings.HasPrefix(evs[i].Clause, clause) {
					e = &evs[i]
					checked[file+"\x00"+strconv.Itoa(i)] = true
					break
				}
			}
			if e != nil {
				break
			}
		}
		n++
		if e == nil {
			t.Errorf("%s: no event whose clause starts %q", file, clause)
			continue
		}
		if e.DatedBy != by {
			t.Errorf("%s: %q dated by %s (%s), want %s", file, clause, e.DatedBy, e.Value.Timex, by)
			continue
		}
		if by == timeline.Undated {
			if e.Value.Placed() {
				t.Errorf("%s: %q is undated but has a value %s", file, clause, e.Value.Timex)
			}
			continue
		}
		if len(col) > 3 {
			// "XXXX-XX-XX@-3": in a story dated by its month, the day
			// relative to the story's day.
			timex, rel, relative := strings.Cut(col[3], "@")
			if e.Value.Timex != timex {
				t.Errorf("%s: %q dated %s, want %s", file, clause, e.Value.Timex, timex)
			}
			if got := relDay(e.Value); relative && got != rel {
				t.Errorf("%s: %q on day %s of the story, want %s", file, clause, got, rel)
			}
		}
		if len(col) > 4 && !strings.HasPrefix(e.Sources[0].Carried, col[4]) {
			t.Errorf("%s: %q carried from %q, want the sentence starting %q", file, clause, e.Sources[0].Carried, col[4])
		}
	}
	if n == 0 {
		t.Fatal("no expectation read")
	}
	// Every event of every story has its line: none is dated unchecked.
	for file, evs := range events {
		for i, e := range evs {
			if !checked[file+"\x00"+strconv.Itoa(i)] {
				t.Errorf("%s: event %q (%s, %s) has no line in expected.tsv", file, e.Clause, e.DatedBy, e.Value.Timex)
			}
		}
	}
}

func relDay(v timeline.Value) string {
	if v.RelDay == nil {
		return "none"
	}
	return strconv.Itoa(*v.RelDay)
}

// storyEvents returns the events of every article of file: a story of
// testdata/dating, or, named "samples/…", one of the embedded samples.
func storyEvents(t *testing.T, file string, taggers map[string]*tag.Tagger) []timeline.Event {
	t.Helper()
	var f io.ReadCloser
	var err error
	if name, ok := strings.CutPrefix(file, "samples/"); ok {
		f, err = samples.FS().Open(name)
	} else {
		f, err = os.Open(filepath.Join("testdata", "dating", file))
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var evs []timeline.Event
	for a, err := range timeline.Articles(file, f, timeline.ReadOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		a.Lang = registry.Detect(a.Text)
		r, err := timeline.Process(context.Background(), a, taggers[a.Lang], timeline.Options{Languages: languagesOf, Resolve: timeline.ResolveOptions{Languages: tensesOnly}})
		if err != nil {
			t.Fatal(err)
		}
		evs = append(evs, r.Events...)
	}
	if len(evs) == 0 {
		t.Fatalf("%s: no article", file)
	}
	return evs
}

// TestClauseSpanInTheTextAsGiven: a JSONL title is read as the article's
// first line, but the spans events give are offsets into the text as
// given (decomposed accents included): the title's own events say so
// and count from the title.
func TestClauseSpanInTheTextAsGiven(t *testing.T) {
	in := `{"id":"t","date":"2023-03-15","title":"Grève à Lyon","lang":"fr","text":"Le pre\u0301fet a parle\u0301 mardi.\nLa police est arrive\u0301e ensuite."}`
	given := "Le pre\u0301fet a parle\u0301 mardi.\nLa police est arrive\u0301e ensuite."
	for a, err := range timeline.JSONLArticles("c.jsonl", strings.NewReader(in), timeline.ReadOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		r, err := timeline.Process(context.Background(), a, tag.New(fr.All()...), timeline.Options{Languages: languagesOf, Resolve: timeline.ResolveOptions{Languages: tensesOnly}})
		if err != nil {
			t.Fatal(err)
		}
		titled := 0
		for _, e := range r.Events {
			g := e.Sources[0].Spans()
			if g.InTitle {
				titled++
				if got := "Grève à Lyon"[g.Clause.Start:g.Clause.End]; got != "Grève à Lyon" {
					t.Errorf("title clause %v is %q", g.Clause, got)
				}
				continue
			}
			got := norm.NFC.String(strings.TrimSpace(given[g.Clause.Start:g.Clause.End]))
			if got != e.Clause {
				t.Errorf("clause %q at %v: %q in the text as given", e.Clause, g.Clause, got)
			}
			if g.Phrase.Len() > 0 && given[g.Phrase.Start:g.Phrase.End] != "mardi" {
				t.Errorf("phrase at %v: %q", g.Phrase, given[g.Phrase.Start:g.Phrase.End])
			}
		}
		if titled != 1 || len(r.Events) != 3 {
			t.Errorf("%d events, %d in the title; want 3, 1", len(r.Events), titled)
		}
	}
}
