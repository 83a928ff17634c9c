package export

import (
	"context"
	"strings"
	"testing"

	"frise/timeline"
	"frise/timeline/pipeline"
)

func TestJSONLGolden(t *testing.T) { checkGolden(t, "jsonl") }

// TestJSONLAsEventJSON: the lines AppendJSONL and a Lines write in the
// memory they keep from event to event (the values written once) are each
// event's eventJSON, on the merged wire stories (events of one day, of
// many, carried, undated, told by several sources) and on events with no
// source, in every order.
func TestJSONLAsEventJSON(t *testing.T) {
	p := pipeline.New(pipeline.Options{})
	var results []timeline.Result
	for a, err := range p.Articles("wires.txt", strings.NewReader(lineWires)) {
		if err != nil {
			t.Fatal(err)
		}
		r, err := p.Process(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
	}
	c := p.Merge(results)
	evs := append(append([]timeline.Event{}, c.Events...), c.Undated...)
	evs = append(evs, timeline.Event{Clause: "no source", DatedBy: timeline.Undated},
		timeline.Event{Clause: "no source", DatedBy: timeline.Undated, Sources: []timeline.Provenance{}})
	several := 0
	for _, e := range evs {
		if len(e.Sources) > 1 {
			several++
		}
	}
	if several == 0 || len(c.Undated) == 0 {
		t.Fatalf("the stories tell no event twice (%d) or none undated (%d)", several, len(c.Undated))
	}
	var lines Lines // one for all, as an extract worker keeps one
	for _, order := range [][]timeline.Event{evs, reversed(evs), append(reversed(evs), evs...)} {
		var want []byte
		for _, e := range order {
			want = append(appendEventJSON(want, eventJSON(e), compact), '\n')
		}
		if got := AppendJSONL(nil, timeline.Chronology{Events: order}); string(got) != string(want) {
			t.Errorf("AppendJSONL wrote\n%s\neach event's eventJSON\n%s", got, want)
		}
		for _, e := range order {
			if got, want := lines.Append(nil, timeline.Chronology{Events: []timeline.Event{e}}), append(appendEventJSON(nil, eventJSON(e), compact), '\n'); string(got) != string(want) {
				t.Errorf("Lines wrote\n%s\neventJSON\n%s", got, want)
			}
		}
	}
}

func reversed[T any](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}

// lineWires are wire stories that tell one event from several agencies,
// with reports carried, the article's day and predictions.
const lineWires = `date 2022-01-05 Des manifestants ont bloqué mardi la route principale d'Almaty. Puis la police est intervenue. Le préfet a déclaré que le couvre-feu serait levé. Les écoles resteront fermées. (AFP)
date 2022-01-05 Des manifestants ont bloqué mardi la route principale d'Almaty, a annoncé la police. Ensuite, des renforts sont arrivés. Le gouverneur a démissionné. (Reuters)
date 2022-01-06T09:00:00+06:00 Protesters blocked the main road of Almaty on Tuesday. Then police moved in. The governor said the curfew would be lifted. Schools will stay closed. (AP)
`
