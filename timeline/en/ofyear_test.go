package en

import "testing"

func TestOfYear(t *testing.T) {
	run(t, OfYear(), []tcase{
		{text: "The company earned $1.2 billion in last year's third quarter.", phrase: "last year's third quarter", timex: "1988-Q3", date: "1989-10-26"},
		{text: "This year's second half will be weaker, the chairman said.", phrase: "This year's second half", timex: "1989-H2", date: "1989-10-26"},
		{text: "Sales rose in the year's second quarter.", phrase: "the year's second quarter", timex: "1989-Q2", date: "1989-10-26"},
		{text: "Profit fell from 1988's fourth quarter.", phrase: "1988's fourth quarter", timex: "1988-Q4", date: "1989-10-26"},
		{text: "Profit fell from the 1988 fourth quarter, when a gain was booked.", phrase: "the 1988 fourth quarter", timex: "1988-Q4", date: "1990-02-06"},
		{text: "The company expects a gain in the first quarter of next year.", phrase: "the first quarter of next year", timex: "1990-Q1", date: "1989-10-26"},
		{text: "Profit would rise in the second half of next year.", phrase: "the second half of next year", timex: "1991-H2", date: "1990-07-19"},
		{text: "Orders slumped in the second half of last year.", phrase: "the second half of last year", timex: "1988-H2", date: "1989-10-26"},
		{text: "Profit fell from $8 million in the year-ago third quarter.", phrase: "the year-ago third quarter", timex: "1988-Q3", date: "1989-10-26"},
		{text: "Third-quarter sales rose 4%. Revenue in the 1988 period was restated.", phrase: "the 1988 period", timex: "1988-Q3", date: "1989-10-26"},
		{text: "Analysts expect a loss in next year's first quarter.", phrase: "next year's first quarter", timex: "1990-Q1", date: "1989-10-26"},
		{text: "Last year's third half was a mess.", phrase: "Last year's third half", timex: "-", date: "1989-10-26"},
	})
}
