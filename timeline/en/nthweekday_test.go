package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestNthWeekday(t *testing.T) {
	run(t, NthWeekday(), []tcase{
		{text: "The vote is held on the first Tuesday of November 2022.", phrase: "the first Tuesday of November 2022", timex: "2022-11-01"},
		{text: "He died on the last Sunday of March, 2021.", phrase: "the last Sunday of March, 2021", timex: "2021-03-28"},
		{text: "The board meets on the second Tuesday of next month.", phrase: "the second Tuesday of next month", timex: "2022-02-08"},
		// Joined with the year written after it by the tagger.
		{text: "It opened on the fourth Thursday of 2021.", phrase: "the fourth Thursday of 2021", timex: "2021-01-28"},
	})
}
