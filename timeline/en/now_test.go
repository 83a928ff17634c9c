package en

import (
	"context"
	"testing"

	"frise/timeline"
)

func TestNow(t *testing.T) {
	run(t, Now(), []tcase{
		{text: "Prices are high these days.", phrase: "these days", timex: "PRESENT_REF"},
		{text: "It will open in the near future.", phrase: "in the near future", timex: "FUTURE_REF"},
		{text: "He is currently abroad.", phrase: "currently", timex: "PRESENT_REF"},
		{text: "He recently resigned.", phrase: "recently", timex: "PAST_REF"},
		{text: "He will soon leave.", phrase: "soon", timex: "FUTURE_REF"},
		{text: "In the past, the mill paid its workers in cash.", phrase: "the past", timex: "PAST_REF"},
		{text: "Such swings were rare in the recent past.", phrase: "the recent past", timex: "PAST_REF"},
		{text: "The board may sell the unit in the future.", phrase: "the future", timex: "FUTURE_REF"},
		{text: "The index has been kept from 1950 to the present.", phrase: "to the present", timex: "PRESENT_REF"},
		{text: "The tradition lives on until the present day.", phrase: "until the present day", timex: "PRESENT_REF"},
		{text: "The present crisis began in the banks.", phrase: "present", timex: "-"},
	})
}

// "The past" inside a stretch ("over the past six weeks") is no end of it.
func TestNowInsideStretch(t *testing.T) {
	a, err := timeline.NewArticle("t", "2022-01-05", "Shares fell over the past six weeks, more than in the past.", nil)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := tagger().Tag(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		got = append(got, m.Text)
	}
	if len(got) != 2 || got[0] != "over the past six weeks" || got[1] != "the past" {
		t.Errorf("mentions %q, want the stretch and the later \"the past\"", got)
	}
}
