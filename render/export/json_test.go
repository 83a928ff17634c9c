package export

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestJSONGolden(t *testing.T) { checkGolden(t, "json") }

func TestJSON(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, chronology("x")); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Events []struct {
			Value struct {
				Timex, From, To, Certainty, Said string
				RelDay                           *int `json:"rel_day"`
			}
			Sources []struct {
				Phrase     string
				PhraseSpan [2]int `json:"phrase_span"`
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Events) != 3 {
		t.Fatalf("%d events, want 3", len(got.Events))
	}
	night := got.Events[1].Value
	if night.Timex != "2022-01-04TNI" || night.From != "2022-01-04T20:00:00Z" || night.To != "2022-01-05T06:00:00Z" || night.Said != "mardi 4 janvier 2022, nuit" {
		t.Errorf("night = %+v", night)
	}
	rel := got.Events[2].Value
	if rel.Certainty != "ambiguous" || rel.RelDay == nil || *rel.RelDay != -3 {
		t.Errorf("relative day = %+v", rel)
	}
}
