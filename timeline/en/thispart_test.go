package en

import "testing"

func TestThisPart(t *testing.T) {
	run(t, ThisPart(), []tcase{
		{text: "He spoke this morning.", phrase: "this morning", timex: "2022-01-05TMO"},
		{text: "He arrived on January 3 and spoke that evening.", phrase: "that evening", timex: "2022-01-03TEV"},
	})
}
