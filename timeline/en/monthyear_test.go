package en

import "testing"

func TestMonthYear(t *testing.T) {
	run(t, MonthYear(), []tcase{
		{text: "Released Sep-2012.", phrase: "Sep-2012", timex: "2012-09"},
		{text: "Released 9/2012.", phrase: "9/2012", timex: "2012-09"},
		{text: "Released 2024 August.", phrase: "2024 August", timex: "2024-08"},
		{text: "Released August/10/2012.", phrase: "August/10/2012", timex: "2012-08-10"},
		{text: "Scored 13/2012 points.", phrase: "13/2012", timex: "-"},
		{text: "Due 8/Oct/2012.", phrase: "8/Oct/2012", timex: "2012-10-08"},
		{text: "Due 2012/Aug/10.", phrase: "2012/Aug/10", timex: "2012-08-10"},
	})
}
