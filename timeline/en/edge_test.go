package en

import "testing"

func TestEdge(t *testing.T) {
	run(t, Edge(), []tcase{
		// An edge of the article's year or month on the other side of
		// its day, as the tense says: last year's end told in the past
		// in February, next year's start told in the future in December.
		{text: "The bank's capital ratio stood at 5.2% at the end of the year.", phrase: "the end of the year", timex: "1990", date: "1991-02-12"},
		{text: "The agreement expired at the end of the month.", phrase: "the end of the month", timex: "1991-01", date: "1991-02-12"},
		{text: "The loan is due at the end of the month.", phrase: "the end of the month", timex: "1991-02", date: "1991-02-12"},
		{text: "The law will take effect at the beginning of the year.", phrase: "the beginning of the year", timex: "1991", date: "1990-12-15"},
		{text: "Sales rose at the end of the year.", phrase: "the end of the year", timex: "1990", date: "1990-12-15"},
		{text: "He will leave by the end of the year.", phrase: "the end of the year", timex: "2022"},
		{text: "At the beginning of next month, he leaves.", phrase: "the beginning of next month", timex: "2022-02"},
		{text: "It was the end of last week.", phrase: "the end of last week", timex: "2021-W52"},
		{text: "Pay is due end of month.", phrase: "end of month", timex: "2022-01"},
	})
}
