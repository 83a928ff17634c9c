package en

import (
	"context"
	"testing"

	"frise/timeline"
	"frise/timeline/fr"
	"frise/timeline/lang"
)

// TestToComeSentences: a bare weekday in wire copy with no tense cue, read
// with English's cues and toCome. Said on Wednesday 12 January 2022: the
// weekday is the next one in a clause told in the present, plural ("voters
// go to the polls"), singular of a schedule ("the summit opens") or a
// copula before a state ("markets are closed"); the last one in the past,
// and where a bare form may be a past ("put", "cut", "hit", "set") or the
// state was left by a past event ("are dead after").
func TestToComeSentences(t *testing.T) {
	l := Language()
	l.Tenses = lang.TensesOf(fr.Language(), l)
	for _, tc := range []struct {
		text, phrase, timex string
	}{
		// A plural present: still to come.
		{"Voters in the two provinces go to the polls Sunday.", "Sunday", "2022-01-16"},
		{"Negotiations with the unions continue Thursday in Lyon.", "Thursday", "2022-01-13"},
		{"Farmers block the main roads into the capital Friday.", "Friday", "2022-01-14"},
		{"The three candidates debate on national television Monday.", "Monday", "2022-01-17"},
		{"Foreign ministers gather in Brussels Saturday for emergency talks.", "Saturday", "2022-01-15"},
		{"Dock workers walk off the job Friday unless a deal is reached.", "Friday", "2022-01-14"},
		{"They fly to Geneva Sunday for the final round.", "Sunday", "2022-01-16"},
		{"Lawmakers take up the budget bill Tuesday.", "Tuesday", "2022-01-18"},
		{"Both chambers sit in joint session Monday.", "Monday", "2022-01-17"},
		{"Organisers expect large crowds at the stadium Saturday.", "Saturday", "2022-01-15"},
		{"Teachers strike Thursday over pay.", "Thursday", "2022-01-13"},
		{"The finalists compete for the title Sunday afternoon.", "Sunday afternoon", "2022-01-16TAF"},
		{"Mourners who attend the funeral Friday are asked to wear black.", "Friday", "2022-01-14"},
		{"Officials from both countries hold talks Monday.", "Monday", "2022-01-17"},
		{"Tickets go on sale Friday.", "Friday", "2022-01-14"},
		{"Opposition leaders call for a general strike Thursday.", "Thursday", "2022-01-13"},
		{"Residents of the coastal district return home Tuesday.", "Tuesday", "2022-01-18"},
		{"Talks on the ceasefire resume Saturday.", "Saturday", "2022-01-15"},
		{"Shareholders of the state airline vote on the merger Thursday.", "Thursday", "2022-01-13"},
		// Opening the sentence, the clause after it.
		{"On Sunday, voters elect a new parliament.", "On Sunday", "2022-01-16"},
		{"Friday, the exchanges are closed for the holiday.", "Friday", "2022-01-14"},
		// A copula before a state: still to come.
		{"Banks are closed Monday for the national holiday.", "Monday", "2022-01-17"},
		{"The museum is open Sunday from 10 a.m. to 6 p.m.", "Sunday", "2022-01-16"},
		{"The final vote is set for Thursday.", "Thursday", "2022-01-13"},
		{"Polling stations are open Saturday until 8 p.m.", "Saturday", "2022-01-15"},
		{"Schools across the region are shut on Friday.", "on Friday", "2022-01-14"},
		{"Funeral services are Saturday at the cathedral.", "Saturday", "2022-01-15"},
		{"The consulates are closed Thursday and Friday.", "Friday", "2022-01-14"},
		{"The minister is in Berlin Monday for talks.", "Monday", "2022-01-17"},
		// A singular present of a schedule: still to come, as before.
		{"The summit opens Sunday in Oslo.", "Sunday", "2022-01-16"},
		{"Parliament reconvenes Monday after the recess.", "Monday", "2022-01-17"},
		// The past stays the past.
		{"Police arrested two suspects Sunday.", "Sunday", "2022-01-09"},
		{"The two teams met Saturday in Madrid.", "Saturday", "2022-01-08"},
		{"Rebels overran the garrison Monday.", "Monday", "2022-01-10"},
		{"Gunmen shot dead a shopkeeper Friday night.", "Friday night", "2022-01-07TNI"},
		{"Protesters tore down the statue Thursday.", "Thursday", "2022-01-06"},
		{"Investors sold off bank shares Monday.", "Monday", "2022-01-10"},
		{"Flood waters swept through the valley Sunday.", "Sunday", "2022-01-09"},
		{"Rescuers dug through the rubble Saturday.", "Saturday", "2022-01-08"},
		{"Rebels have taken the town Sunday.", "Sunday", "2022-01-09"},
		{"In a police raid Sunday, officers seized heroin.", "Sunday", "2022-01-09"},
		// A bare form that may be a past: no guess, the past as before.
		{"Rebels cut the main road Sunday.", "Sunday", "2022-01-09"},
		{"Traders put the blame on the central bank Monday.", "Monday", "2022-01-10"},
		{"Airstrikes hit the northern suburbs Friday.", "Friday", "2022-01-07"},
		{"Regulators set new limits Thursday.", "Thursday", "2022-01-06"},
		// A state left by a past event, a verb of saying: the past.
		{"Two people are dead after a shooting Sunday.", "Sunday", "2022-01-09"},
		{"Three men are missing after the storm Saturday.", "Saturday", "2022-01-08"},
		{"The suspect is believed to have fled Friday.", "Friday", "2022-01-07"},
		{"Officials say the toll from the blast Sunday has risen.", "Sunday", "2022-01-09"},
		{"Officials said a weapons inspection Sunday found nothing.", "Sunday", "2022-01-09"},
		// No verb before the phrase: nothing says it is to come.
		{"Outrage grew over the killing of protesters in the capital Sunday.", "Sunday", "2022-01-09"},
		{"Attacks on civilians in Gaza Sunday drew condemnation.", "Sunday", "2022-01-09"},
		{"Sunday, gunmen killed three guards.", "Sunday", "2022-01-09"},
		{"Clashes between rebels and troops Sunday left twelve dead.", "Sunday", "2022-01-09"},
	} {
		a, err := timeline.NewArticle("t", "2022-01-12", tc.text, nil)
		if err != nil {
			t.Fatal(err)
		}
		a.Lang = "en"
		ms, err := tagger().Tag(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: func(string) *lang.Language { return &l }})
		found := false
		for _, m := range ms {
			if m.Text == tc.phrase {
				found = true
				if m.Value.Timex != tc.timex {
					t.Errorf("%q in %q: %s, want %s", tc.phrase, tc.text, m.Value.Timex, tc.timex)
				}
			}
		}
		if !found {
			t.Errorf("%q not read in %q", tc.phrase, tc.text)
		}
	}
}
