package en

import "testing"

func TestWeekOf(t *testing.T) {
	run(t, WeekOf(), []tcase{
		{text: "He leaves the first week of March.", phrase: "the first week of March", timex: "2022-W09"},
		{text: "The last week of July 2021 was hot.", phrase: "The last week of July 2021", timex: "2021-W30"},
		{text: "How about first week of 2015?", phrase: "first week of 2015", timex: "2015-W01"},
		// The 1st of January 2021 is a Friday: the first week is 4 to 10
		// January (ISO 2021-W01), not the week of 28 December.
		{text: "Created in the first week of 2021.", phrase: "the first week of 2021", timex: "2021-W01",
			interval: "2021-01-04T00:00/2021-01-11T00:00"},
		{text: "The last week of November 2021 was cold.", phrase: "The last week of November 2021", timex: "2021-W47"},
	})
}
