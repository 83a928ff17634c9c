package en

import "testing"

func TestWeekOf(t *testing.T) {
	run(t, WeekOf(), []tcase{
		{text: "He leaves the first week of March.", phrase: "the first week of March", timex: "2022-W09"},
		{text: "The last week of July 2021 was hot.", phrase: "The last week of July 2021", timex: "2021-W30"},
		{text: "How about first week of 2015?", phrase: "first week of 2015", timex: "2015-W01"},
	})
}
