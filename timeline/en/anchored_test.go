package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestAnchored(t *testing.T) {
	run(t, Anchored(), []tcase{
		{text: "He arrived on January 3 and left the next day.", phrase: "the next day", timex: "2022-01-04"},
		{text: "He spoke on January 3; the day before, he had met them.", phrase: "the day before", timex: "2022-01-02"},
		// A clause after it, no event: a day, not a length.
		{text: "The firm said the day before that it would cut 300 jobs.", phrase: "the day before", timex: "2022-01-04"},
		{text: "The bank had warned the day before that the dollar would fall.", phrase: "the day before", timex: "2022-01-04"},
		// An event after it: the length between the two.
		{text: "Shares fell the day before that meeting.", phrase: "the day before", timex: "P1D"},
	})
}
