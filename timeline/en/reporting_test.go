package en

import "testing"

func TestReporting(t *testing.T) {
	run(t, Reporting(), []tcase{
		{text: "For the full year, sales should top $2 billion.", phrase: "For the full year", timex: "2022"},
		{text: "The bank expects to complete the sale by year-end.", phrase: "year-end", timex: "2022"},
		// Told in the past early in the year, the end of this year is
		// still to come: last year's.
		{text: "Inventories were cut at year end, the company said.", phrase: "year end", timex: "2021"},
		{text: "Inventories fell sharply at year-end.", phrase: "year-end", timex: "1990", date: "1991-02-12"},
		{text: "Sales rose 4% at year-end.", phrase: "year-end", timex: "1990", date: "1990-12-15"},
		{text: "Net income in the quarter fell 12%.", phrase: "the quarter", timex: "1989-Q3", date: "1989-10-26"},
		{text: "Revenue in the latest quarter rose to $2 billion.", phrase: "the latest quarter", timex: "1996-Q4", date: "1997-01-29"},
		{text: "The bank earned $40 million in the year-ago quarter.", phrase: "the year-ago quarter", timex: "1988-Q3", date: "1989-10-26"},
		{text: "Sales were flat from the year-earlier period.", phrase: "the year-earlier period", timex: "1997-Q2", date: "1998-07-21"},
		{text: "Profit rose in the same period.", phrase: "the same period", timex: "-"},
		{text: "The utility expects earnings to rise in fiscal 1991.", phrase: "fiscal 1991", timex: "FY1991", date: "1990-06-04"},
		{text: "Results for fiscal year 1998 will be released.", phrase: "fiscal year 1998", timex: "FY1998", date: "1998-03-02"},
		{text: "For the fiscal year, the chain lost $3 million.", phrase: "the fiscal year", timex: "FY1992", date: "1992-09-30"},
		{text: "The group sees growth in the current fiscal year.", phrase: "the current fiscal year", timex: "FY1992", date: "1992-09-30"},
		{text: "It lost money in the previous fiscal year.", phrase: "the previous fiscal year", timex: "FY1991", date: "1992-09-30"},
		{text: "Sales for the year rose 4%.", phrase: "for the year", timex: "1995", date: "1995-12-19"},
		{text: "She was named person of the year.", phrase: "the year", timex: "-"},
		{text: "Profit was flat for the year-ago period.", phrase: "the year-ago period", timex: "1988-Q3", date: "1989-10-26"},
		{text: "Operating income in the latest period rose 22%.", phrase: "the latest period", timex: "1989-Q3", date: "1989-10-26"},
		{text: "Per-share earnings in the September quarter were 88 cents.", phrase: "the September quarter", timex: "1990-Q3", date: "1990-10-24"},
		{text: "Sales in the March quarter fell 3%.", phrase: "the March quarter", timex: "1991-Q1", date: "1991-05-02"},
		{text: "Profit was about even with year-earlier levels.", phrase: "year-earlier levels", timex: "1988-Q3", date: "1989-10-26"},
		{text: "The company posted a profit, compared with a year-earlier loss of $2 million.", phrase: "year-earlier", timex: "1988-Q3", date: "1989-10-26"},
		{text: "Full-year profit dropped 18%.", phrase: "Full-year", timex: "1991", date: "1991-07-23"},
		{text: "Results for the 1989 fiscal year will be reported in December.", phrase: "the 1989 fiscal year", timex: "FY1989", date: "1989-10-26"},
	})
}
