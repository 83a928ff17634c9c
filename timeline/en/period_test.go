package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestPeriod(t *testing.T) {
	run(t, Period(), []tcase{
		// "next weekend" is next week's, as "next Saturday" is; "the coming
		// weekend", the upcoming one.
		{text: "The festival is next weekend.", phrase: "next weekend", timex: "2022-W02-WE"},
		{text: "The festival is the coming weekend.", phrase: "the coming weekend", timex: "2022-W01-WE"},
		{text: "The festival is this weekend.", phrase: "this weekend", timex: "2022-W01-WE"},
		{text: "This weekend, protesters gathered.", phrase: "This weekend", timex: "2021-W52-WE"},
		{text: "Gains rose this calendar year.", phrase: "this calendar year", timex: "2022"},
		{text: "Prices rose over the past year.", phrase: "the past year", timex: "P1Y", interval: "2021-01-05T00:00/2022-01-05T00:00"},
		{text: "Sales for previous quarter fell.", phrase: "previous quarter", timex: "2021-Q4"},
		{text: "Late last year, prices rose.", phrase: "Late last year", timex: "2021", interval: "2021-08-31T00:00/2022-01-01T00:00"},
		{text: "Police said over the weekend that he fled.", phrase: "over the weekend", timex: "2021-W52-WE"},
		// After another preposition, the one the tense points to; an
		// end ("until") ahead.
		{text: "Heavy rain is expected for the weekend.", phrase: "for the weekend", timex: "2022-W01-WE"},
		{text: "The heat wave is expected to last until the weekend.", phrase: "until the weekend", timex: "2022-W01-WE"},
		{text: "The rebels were driven out before the weekend.", phrase: "before the weekend", timex: "2021-W52-WE"},
		{text: "The weekend of talks ended without a deal.", phrase: "The weekend", timex: "-"},
		{text: "This past weekend, police arrested dozens.", phrase: "This past weekend", timex: "2021-W52-WE"},
		{text: "For the past decade, the country stagnated.", phrase: "the past decade", timex: "P1DE", interval: "2012-01-05T00:00/2022-01-05T00:00"},
		{text: "This decade will be hard.", phrase: "This decade", timex: "-"},
		{text: "The talks resume the week after next.", phrase: "the week after next", timex: "2022-W03"},
		// "that": the story's period, as "later that month".
		{text: "On Jan. 12, protests began. That week, prices doubled.", phrase: "That week", timex: "2022-W02", date: "2022-01-20"},
		{text: "The plant opened in March 2015. That year, sales doubled.", phrase: "That year", timex: "2015"},
		{text: "On Monday, Jan. 10, talks began. That weekend, they failed.", phrase: "That weekend", timex: "2022-W02-WE", date: "2022-01-20"},
		{text: "Sales fell last quarter.", phrase: "last quarter", timex: "2021-Q4"},
		{text: "Sales for the current quarter.", phrase: "the current quarter", timex: "2022-Q1"},
		{text: "He came last week.", phrase: "last week", timex: "2021-W52"},
		{text: "He came last month.", phrase: "last month", timex: "2021-12"},
		{text: "He will come next year.", phrase: "next year", timex: "2023"},
		{text: "It snowed last weekend.", phrase: "last weekend", timex: "2021-W52-WE"},
	})
}
