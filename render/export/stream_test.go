package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"frise/render"
	"frise/timeline"
	"frise/timeline/expr"
)

// TestJSONAsEncoded: JSON, written piece by piece, gives the bytes
// json.Encoder gives for the whole chronology at once (two spaces of
// indent, HTML escaped): with a note or none, empty lists, undated events,
// markup and line separators in the text.
func TestJSONAsEncoded(t *testing.T) {
	undated := chronology("<b>x</b> \u2028")
	undated.Undated = undated.Events[:1]
	// An article dated by its month alone, its day unknown: a note.
	month := chronology("x")
	month.Articles[0].Date = timeline.Value{Timex: "2022-01", Grain: expr.GrainMonth}
	month.Articles[0].Reference = timeline.Value{Timex: "2022-01", Certainty: timeline.Ambiguous}
	// Several sources an event, some carried, one with none: the writer
	// uses its sources' and carried sentences' memory again event by
	// event.
	many := chronology("m")
	for i := range many.Events {
		e := &many.Events[i]
		for k := range i + 1 {
			q := e.Sources[0]
			q.Article = fmt.Sprint("a", k)
			if k != 1 {
				q.DatedBy, q.Carried, q.CarriedFrom = timeline.DatedCarried, fmt.Sprint("carried <", i, k, ">"), timeline.Span{Start: k, End: k + 3}
			}
			e.Sources = append(e.Sources, q)
		}
	}
	many.Undated = []timeline.Event{{Clause: "none", DatedBy: timeline.Undated, Sources: []timeline.Provenance{}}, many.Events[2]}
	many.Undated[1].DatedBy = timeline.Undated
	for name, c := range map[string]timeline.Chronology{
		"many sources":  many,
		"events":        chronology("x & y"),
		"empty":         {},
		"undated":       undated,
		"articles only": {Articles: chronology("x").Articles},
		"day unknown":   month,
	} {
		var got bytes.Buffer
		if err := JSON(&got, c); err != nil {
			t.Fatal(err)
		}
		want := encodedWhole(t, c)
		if name == "day unknown" && !bytes.Contains(got.Bytes(), []byte(`"note": "`)) {
			t.Errorf("no note: %s", got.String())
		}
		if got.String() != want {
			t.Errorf("%s: streamed\n%s\nwant\n%s", name, got.String(), want)
		}
	}
}

// encodedWhole is the chronology's JSON as json.Encoder writes it, whole.
func encodedWhole(t *testing.T, c timeline.Chronology) string {
	out := jsonChronology{Articles: []jsonArticle{}, Events: []jsonEvent{}, Undated: []jsonEvent{}}
	out.Note = render.Note(c)
	out.DaysUnknown = render.DaysUnknown(c)
	for _, a := range c.Articles {
		ja := jsonArticle{ID: a.ID, File: a.File, Source: a.Source, Lang: a.Lang, Date: value(a.Date, a.Lang),
			Mentions: a.Mentions, Events: a.Events}
		if !a.Reference.IsZero() {
			r := value(a.Reference, a.Lang)
			ja.Reference = &r
		}
		out.Articles = append(out.Articles, ja)
	}
	for _, e := range c.Events {
		out.Events = append(out.Events, eventJSON(e))
	}
	for _, e := range c.Undated {
		out.Undated = append(out.Undated, eventJSON(e))
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
