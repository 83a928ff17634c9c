package en

import "testing"

func TestWeekOfDay(t *testing.T) {
	run(t, WeekOfDay(), []tcase{
		{text: "We have dates free the week of April 10th.", phrase: "the week of April 10th", timex: "2022-W14",
			interval: "2022-04-04T00:00/2022-04-11T00:00"},
		{text: "Talks resume the week of Monday, Jan. 10, 2022.", phrase: "the week of Monday, Jan. 10, 2022", timex: "2022-W02"},
		{text: "Hearings are set for the week commencing February 7.", phrase: "the week commencing February 7", timex: "2022-W06"},
		{text: "Talks resume the week starting on February 7.", phrase: "the week starting on February 7", timex: "2022-W06"},
	})
}
