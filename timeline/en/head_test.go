package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestHead(t *testing.T) {
	run(t, Head(), []tcase{
		{text: "Sales fell in the first nine months of the year.", phrase: "the first nine months of the year", timex: "2022-01/2022-09",
			interval: "2022-01-01T00:00/2022-10-01T00:00"},
		{text: "In the first three months of last year, 40 plants closed.", phrase: "the first three months of last year", timex: "2021-01/2021-03"},
		{text: "The last two weeks of the month will be busy.", phrase: "The last two weeks of the month", timex: "2022-01-18/2022-01-31"},
		{text: "Rent is due on the first day of the month.", phrase: "the first day of the month", timex: "2022-01-01"},
		{text: "The first two quarters of next year look good.", phrase: "The first two quarters of next year", timex: "2023-01/2023-06"},
		// With no period after it: a length; "last" alone is Recent's, and
		// a day of something else is no date.
		{text: "For the first six months, he lived in Leeds.", phrase: "the first six months", timex: "P6M"},
		{text: "On the last day of the festival it rained.", phrase: "the last day", timex: "-"},
	})
}
