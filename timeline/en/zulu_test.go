package en

import "testing"

func TestZulu(t *testing.T) {
	run(t, Zulu(), []tcase{
		{text: "Trading resumed at 0800 GMT.", phrase: "at 0800 GMT", timex: "2022-01-05T08:00+0"},
		{text: "Polls close by 1430 UTC, officials said.", phrase: "by 1430 UTC", timex: "2022-01-05T14:30+0"},
		{text: "It had 2500 GMT-certified parts.", phrase: "2500 GMT", timex: "-"},
	})
}
