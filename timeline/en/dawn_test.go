package en

import "testing"

func TestDawn(t *testing.T) {
	run(t, Dawn(), []tcase{
		{text: "Police raided the camp at dawn.", phrase: "at dawn", timex: "2022-01-05TMO"},
		{text: "The curfew starts at nightfall.", phrase: "at nightfall", timex: "2022-01-05TEV"},
		{text: "It was the dawn of a new era.", phrase: "dawn", timex: "-"},
	})
}
