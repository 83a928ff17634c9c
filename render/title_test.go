package render

import (
	"strings"
	"testing"

	"frise/timeline"
	"frise/timeline/expr"
)

func TestTitle(t *testing.T) {
	ev := func(article, sentence string) timeline.Event {
		return timeline.Event{Sources: []timeline.Provenance{{Article: article, Sentence: sentence}}}
	}
	c := timeline.Chronology{
		Articles: []timeline.ArticleInfo{{ID: "a", Lang: "en", Source: "Reuters"}, {ID: "b", Lang: "en", Source: "AP"}},
		Events: []timeline.Event{
			ev("a", "Floods hit southern Chile on Monday, officials in Valdivia said."),
			ev("a", "Rescuers reached Valdivia on Tuesday."),
			ev("b", "Heavy rain fell on Sunday across Chile, Reuters reported."),
			ev("b", "The government of Chile declared an emergency in January."),
		},
	}
	if got, want := title(c), "Chile: chronology"; got != want {
		t.Errorf("title %q, want %q (Chile is told by both articles; Valdivia by one; weekdays, months and agencies are no subject)", got, want)
	}
	c.Articles[0].Title, c.Articles[1].Title = "Floods in Chile", "Floods in Chile"
	if got, want := title(c), "Floods in Chile"; got != want {
		t.Errorf("title %q, want the common headline %q", got, want)
	}
	c.Articles[0].Title = "Chile floods"
	c.Events = c.Events[:1]
	c.Articles = c.Articles[:1]
	c.Articles[0].Title = ""
	c.Events[0].Sources[0].Sentence = "It rained on Monday."
	if got, want := title(c), "Chronology · Reuters"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if got := (Options{Title: "Mine"}).withDefaults(c, layout{}).Title; got != "Mine" {
		t.Errorf("--title gives %q", got)
	}
}

// TestSubtitleInPageLanguage: the subtitle, and its note on what the
// chart cannot know, are in the page's language.
func TestSubtitleInPageLanguage(t *testing.T) {
	c := chronology("x")
	c.Articles[0].Date = timeline.Value{Timex: "2022-01", Grain: expr.GrainMonth}
	c.Articles[0].Reference.Certainty = timeline.Ambiguous
	for _, tt := range []struct{ lang, want, not string }{
		{"fr", "1 article (Belga), 3 événements, 2 janv. 2022 – 28 janv. 2022 · Articles datés de janvier 2022 : jours exacts inconnus ; les bandes pâles couvrent tous les jours possibles.", "events"},
		{"en", "1 article (Belga), 3 events, 2 Jan 2022 – 28 Jan 2022 · Articles dated 2022-01: exact days unknown; faded bands span every possible day.", "événements"},
	} {
		c.Articles[0].Lang = tt.lang
		l := lay(c, "")
		got := subtitle(c, l)
		if got != tt.want || strings.Contains(got, tt.not) {
			t.Errorf("%s subtitle %q, want %q", tt.lang, got, tt.want)
		}
	}
}
