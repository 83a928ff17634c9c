package render

import (
	"testing"

	"frise/timeline"
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
