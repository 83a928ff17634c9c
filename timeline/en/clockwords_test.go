package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestClockWords(t *testing.T) {
	run(t, ClockWords(), []tcase{
		{text: "The blast came at half past ten.", phrase: "at half past ten", timex: "2022-01-05T10:30"},
		{text: "Polls closed at a quarter to nine in the evening.", phrase: "at a quarter to nine in the evening", timex: "2022-01-05T20:45"},
		{text: "The train left at twenty-five to midnight.", phrase: "at twenty-five to midnight", timex: "2022-01-05T23:35"},
		{text: "He called at 10 minutes past 3 p.m.", phrase: "at 10 minutes past 3 p.m.", timex: "2022-01-05T15:10"},
		// A count before "to" with nothing to make it a time is a range of numbers.
		{text: "The score went from five to six.", phrase: "five to six", timex: "-"},
		{text: "Ten to twelve people were hurt.", phrase: "Ten to twelve", timex: "-"},
	})
}
