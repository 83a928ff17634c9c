package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestPeriod(t *testing.T) {
	run(t, Period(), []tcase{
		{text: "Sales fell last quarter.", phrase: "last quarter", timex: "2021-Q4"},
		{text: "Sales for the current quarter.", phrase: "the current quarter", timex: "2022-Q1"},
		{text: "He came last week.", phrase: "last week", timex: "2021-W52"},
		{text: "He came last month.", phrase: "last month", timex: "2021-12"},
		{text: "He will come next year.", phrase: "next year", timex: "2023"},
		{text: "It snowed last weekend.", phrase: "last weekend", timex: "2021-W52-WE"},
	})
}
