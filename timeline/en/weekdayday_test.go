package en

import "testing"

func TestWeekdayDay(t *testing.T) {
	run(t, WeekdayDay(), []tcase{
		{text: "It happened on Tuesday 11th, police said.", phrase: "on Tuesday 11th", timex: "2022-01-11"},
		{text: "I'll go back Mon 13th.", phrase: "Mon 13th", timex: "2021-12-13"},
		{text: "It opened on Friday the 31st.", phrase: "on Friday the 31st", timex: "2021-12-31"},
	})
}
