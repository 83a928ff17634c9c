package en

import "testing"

func TestEdge(t *testing.T) {
	run(t, Edge(), []tcase{
		{text: "He will leave by the end of the year.", phrase: "the end of the year", timex: "2022"},
		{text: "At the beginning of next month, he leaves.", phrase: "the beginning of next month", timex: "2022-02"},
		{text: "It was the end of last week.", phrase: "the end of last week", timex: "2021-W52"},
		{text: "Pay is due end of month.", phrase: "end of month", timex: "2022-01"},
	})
}
