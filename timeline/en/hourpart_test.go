package en

import "testing"

func TestHourPart(t *testing.T) {
	run(t, HourPart(), []tcase{
		{text: "They met at 3 in the afternoon.", phrase: "at 3 in the afternoon", timex: "2022-01-05T15:00"},
		{text: "It closed at 11 at night.", phrase: "at 11 at night", timex: "2022-01-05T23:00"},
		{text: "He left this afternoon at 3.", phrase: "this afternoon at 3", timex: "2022-01-05T15:00"},
		{text: "Doors open at 6:30 in the morning.", phrase: "at 6:30 in the morning", timex: "2022-01-05T06:30"},
		{text: "On Monday, he left at 10 in the evening.", phrase: "at 10 in the evening", timex: "2022-01-03T22:00"},
	})
}
