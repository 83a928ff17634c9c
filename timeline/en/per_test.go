package en

import "testing"

func TestPer(t *testing.T) {
	run(t, Per(), []tcase{
		{text: "The road kills 3,000 people per year.", phrase: "per year", timex: "P1Y"},
		{text: "He reports to the police twice a week.", phrase: "twice a week", timex: "P1W"},
		{text: "The board meets every two weeks.", phrase: "every two weeks", timex: "P2W"},
		{text: "Water is delivered every other day.", phrase: "every other day", timex: "P2D"},
	})
}
