package en

import "testing"

func TestMonthDay(t *testing.T) {
	run(t, MonthDay(), []tcase{
		{text: "Can you set something up on the 18th.", phrase: "on the 18th", timex: "2022-01-18"},
		{text: "He left on the 2nd, police said.", phrase: "on the 2nd", timex: "2022-01-02"},
		{text: "The 18th amendment passed.", phrase: "The 18th", timex: "-"},
		{text: "He lives on the 4th floor.", phrase: "the 4th", timex: "-"},
	})
}
