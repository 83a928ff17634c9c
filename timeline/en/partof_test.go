package en

import "testing"

func TestPartOf(t *testing.T) {
	run(t, PartOf(), []tcase{
		{text: "The crowd gathered on the evening of the vote.", phrase: "on the evening", timex: "2022-01-05TEV"},
		{text: "He slept through the night.", phrase: "the night", timex: "-"},
	})
}
