package timeline_test

import (
	"context"
	"strings"
	"testing"

	"frise/timeline"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// TestPinMovesAStoryTogether: a story dated by its month alone, whose
// explosion another agency dates to the day, is read again from that day
// as one move: its evening, its night and its next day follow one another,
// inside its month, each event naming the source that pinned it.
func TestPinMovesAStoryTogether(t *testing.T) {
	tg := tag.New(fr.All()...)
	var results []timeline.Result
	for _, a := range []struct{ id, date, text string }{
		{"month", "2026-03", "Une explosion a secoué le port de Marseille lundi soir. Dans la nuit de lundi à mardi, les pompiers ont maîtrisé l'incendie. Le lendemain, le préfet a ordonné une enquête."},
		{"day", "2026-03-03", "Une explosion a secoué le port de Marseille lundi 2 mars au soir, selon les pompiers."},
	} {
		art, err := timeline.NewArticle(a.id, a.date, a.text, nil)
		if err != nil {
			t.Fatal(err)
		}
		art.Lang = "fr"
		r, err := timeline.Process(context.Background(), art, tg, timeline.Options{Languages: languagesOf, Resolve: timeline.ResolveOptions{Languages: tensesOnly}})
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
	}
	opt := mergeOptions()
	opt.Languages = languagesOf
	pinned := timeline.Pin(results, opt)
	want := map[string]string{"lundi soir": "2026-03-02TEV", "nuit de lundi": "2026-03-02TNI", "lendemain": "2026-03-03"}
	for _, e := range pinned[0].Events {
		for words, timex := range want {
			if !strings.Contains(e.Clause, words) {
				continue
			}
			if e.Value.Timex != timex || e.Sources[0].PinnedBy != "day" || e.Value.From.Month() != 3 {
				t.Errorf("%q: %s (%s), pinned by %q; want %s, pinned by the dated story, in March", e.Clause, e.Value.Timex, e.Value.From, e.Sources[0].PinnedBy, timex)
			}
			delete(want, words)
		}
	}
	if len(want) > 0 {
		t.Errorf("no event for %v", want)
	}
	c := timeline.MergeWith(results, opt)
	if len(c.Events) != 3 {
		t.Errorf("merged: %d events, want 3 (the explosion once)", len(c.Events))
	}
	// Only the story dated by its month can be pinned; merging without
	// the other's phrases gives the same chronology.
	if !results[0].Pinnable() || results[1].Pinnable() {
		t.Errorf("pinnable: month %v, day %v; want true, false", results[0].Pinnable(), results[1].Pinnable())
	}
	results[1].Mentions = nil
	if d := timeline.MergeWith(results, opt); len(d.Events) != len(c.Events) || d.Events[0].Value.Timex != c.Events[0].Value.Timex || !d.Events[0].Value.From.Equal(c.Events[0].Value.From) || d.Events[0].Sources[0].PinnedBy != c.Events[0].Sources[0].PinnedBy {
		t.Errorf("merged without the day story's phrases: %d events, first %+v; want %d, %+v", len(d.Events), d.Events[0], len(c.Events), c.Events[0])
	}
}
