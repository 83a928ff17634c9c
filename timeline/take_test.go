package timeline_test

import (
	"context"
	"reflect"
	"testing"

	"frise/timeline"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// TestTakeEventsSameChronology: moving the results' events into the
// chronology (MergeOptions.TakeEvents, build's memory) merges exactly as
// copying them does, with articles pinned (their events given back to be
// merged again) and without; unpinned, the results' events are taken.
func TestTakeEventsSameChronology(t *testing.T) {
	tg := tag.New(fr.All()...)
	stories := map[string][][3]string{
		"pinned": {
			{"month", "2026-03", "Une explosion a secoué le port de Marseille lundi soir. Dans la nuit de lundi à mardi, les pompiers ont maîtrisé l'incendie. Le lendemain, le préfet a ordonné une enquête."},
			{"day", "2026-03-03", "Une explosion a secoué le port de Marseille lundi 2 mars au soir, selon les pompiers."},
			{"later", "2026-03-05", "Le gouverneur a déclaré mercredi que le terminal resterait fermé. Les dockers ont manifesté le 4 mars devant la capitainerie."},
		},
		"unpinned": {
			{"a", "2026-04-10", "Les dockers ont manifesté jeudi 9 avril devant la capitainerie du port de Sète. Le maire a dit vendredi que le quai serait rouvert."},
			{"b", "2026-04-10", "Jeudi 9 avril, les dockers ont manifesté devant la capitainerie de Sète, selon la préfecture."},
			{"c", "2026-04-11", "La grève des dockers de Sète a pris fin samedi 11 avril au matin."},
		},
	}
	for name, arts := range stories {
		process := func() []timeline.Result {
			var rs []timeline.Result
			for _, x := range arts {
				a, err := timeline.NewArticle(x[0], x[1], x[2], nil)
				if err != nil {
					t.Fatal(err)
				}
				a.Lang = "fr"
				r, err := timeline.Process(context.Background(), a, tg, timeline.Options{Languages: languagesOf, Resolve: timeline.ResolveOptions{Languages: tensesOnly}})
				if err != nil {
					t.Fatal(err)
				}
				rs = append(rs, r)
			}
			return rs
		}
		opt := mergeOptions()
		opt.Languages = languagesOf
		copied := timeline.MergeWith(process(), opt)
		opt.TakeEvents = true
		rs := process()
		taken := timeline.MergeWith(rs, opt)
		if !reflect.DeepEqual(copied, taken) {
			t.Errorf("%s: taking the events, the chronology differs:\n%+v\nwant\n%+v", name, taken, copied)
		}
		if len(copied.Events) < 3 {
			t.Errorf("%s: %d events, want the stories' events", name, len(copied.Events))
		}
		pinned := false
		for _, e := range copied.Events {
			pinned = pinned || e.Sources[0].PinnedBy != ""
		}
		if pinned != (name == "pinned") {
			t.Errorf("%s: an event pinned: %v", name, pinned)
		}
		for _, r := range rs {
			if pinned != (r.Events != nil) {
				t.Errorf("%s: article %s keeps %d events after the merge (pinned: %v)", name, r.Article.ID, len(r.Events), pinned)
			}
		}
	}
}
