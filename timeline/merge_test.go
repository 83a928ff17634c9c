package timeline_test

import (
	"context"
	"strings"
	"testing"

	"frise/timeline"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

func results(t *testing.T, arts ...[3]string) []timeline.Result {
	t.Helper()
	tg := tag.For(fr.Language())
	var out []timeline.Result
	for _, x := range arts {
		a, err := timeline.NewArticle(x[0], x[1], x[2], nil)
		if err != nil {
			t.Fatal(err)
		}
		r, err := timeline.Process(context.Background(), a, tg, timeline.Options{Resolve: timeline.ResolveOptions{Languages: tensesOnly}})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

func TestMergeWith(t *testing.T) {
	t.Run("same ID in two files", func(t *testing.T) {
		// Two agencies' dumps each number their stories from 1: two
		// articles, which report one event and pin each other's day.
		rs := results(t,
			[3]string{"1", "2022-01", "Le parlement a voté mercredi la loi sur les retraites."},
			[3]string{"1", "2022-01-07", "La loi sur les retraites a été votée mercredi par le parlement."},
		)
		rs[0].Article.File, rs[1].Article.File = "afp.jsonl", "reuters.jsonl"
		for i := range rs {
			for k := range rs[i].Events {
				rs[i].Events[k].Sources[0].File = rs[i].Article.File
			}
		}
		c := timeline.MergeWith(rs, mergeOptions())
		if len(c.Events) != 1 || len(c.Events[0].Sources) != 2 || c.Events[0].Value.Timex != "2022-01-05" {
			t.Fatalf("got %d events: %+v", len(c.Events), c.Events)
		}
	})
	t.Run("same event, same day", func(t *testing.T) {
		c := timeline.MergeWith(results(t,
			[3]string{"a", "2022-01-06", "Le parlement a voté mercredi la loi sur les retraites."},
			[3]string{"b", "2022-01-07", "La loi sur les retraites a été votée mercredi par le parlement."},
		), mergeOptions())
		if len(c.Events) != 1 || len(c.Events[0].Sources) != 2 || c.Events[0].Value.Timex != "2022-01-05" || c.Events[0].Conflict != "" {
			t.Fatalf("got %d events: %+v", len(c.Events), c.Events)
		}
	})
	t.Run("same event, dates that disagree", func(t *testing.T) {
		c := timeline.MergeWith(results(t,
			[3]string{"a", "2022-01-06", "Le parlement a voté mercredi la loi sur les retraites."},
			[3]string{"b", "2022-01-07", "Le parlement a voté jeudi la loi sur les retraites."},
		), mergeOptions())
		if len(c.Events) != 1 || !strings.Contains(c.Events[0].Conflict, "disagree") || c.Events[0].Value.Certainty != timeline.Ambiguous {
			t.Fatalf("got %+v", c.Events)
		}
		if got := c.Events[0].Value; got.From.Day() != 5 || got.To.Day() != 7 {
			t.Errorf("the conflict should span both dates: [%v, %v)", got.From, got.To)
		}
	})
	t.Run("different events", func(t *testing.T) {
		c := timeline.MergeWith(results(t,
			[3]string{"a", "2022-01-06", "Le parlement a voté mercredi la loi sur les retraites."},
			[3]string{"b", "2022-01-06", "Des manifestants ont bloqué mercredi le port de Marseille."},
		), mergeOptions())
		if len(c.Events) != 2 {
			t.Fatalf("got %d events, want 2", len(c.Events))
		}
	})
	t.Run("a precise source pins a month-dated one", func(t *testing.T) {
		c := timeline.MergeWith(results(t,
			[3]string{"m", "2022-01", "Les troubles ont éclaté dimanche. L'état d'urgence a été décrété mercredi sur tout le territoire."},
			[3]string{"d", "2022-01-06", "L'état d'urgence a été décrété mercredi sur tout le territoire du pays."},
		), mergeOptions())
		for _, e := range c.Events {
			if strings.Contains(e.Clause, "dimanche") {
				if e.Value.Timex != "2022-01-02" || e.Value.Certainty != timeline.Inferred {
					t.Errorf("dimanche = %s %s, want 2022-01-02 inferred", e.Value.Timex, e.Value.Certainty)
				}
				return
			}
		}
		t.Error("no event for dimanche")
	})
}
