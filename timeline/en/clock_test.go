package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestClock(t *testing.T) {
	run(t, Clock(), []tcase{
		{text: "It has rained since midnight.", phrase: "since midnight", timex: "2022-01-05T00:00"},
		{text: "The curfew starts at midnight.", phrase: "at midnight", timex: "2022-01-05T24:00"},
		{text: "Police were called shortly after midnight.", phrase: "shortly after midnight", timex: "2022-01-05T00:00"},
		// Midnight told in the past on the story's day is the one that began
		// it (the one that ends it is still to come).
		{text: "He left before midnight.", phrase: "before midnight", timex: "2022-01-04T24:00"},
		{text: "The ceasefire took effect at midnight.", phrase: "at midnight", timex: "2022-01-04T24:00"},
		{text: "He will go back at 8.30pm today.", phrase: "at 8.30pm", timex: "2022-01-05T20:30"},
		{text: "Shares rose 8.30 percent.", phrase: "8.30", timex: "-"},
		{text: "He spoke at 3 pm.", phrase: "at 3 pm", timex: "2022-01-05T15:00"},
		{text: "He spoke at 10:30 a.m. local time.", phrase: "at 10:30 a.m. local time", timex: "2022-01-05T10:30"},
		{text: "He spoke at noon.", phrase: "at noon", timex: "2022-01-05T12:00"},
		{text: "It struck at 10:12:59 GMT.", phrase: "at 10:12:59 GMT", timex: "2022-01-05T10:12:59+0",
			interval: "2022-01-05T10:12/2022-01-05T10:13"},
		{text: "Polls closed May 12:00 local time.", phrase: "12:00 local time", timex: "2022-01-05T12:00"},
	})
}
