package en

import "testing"

func TestYearWords(t *testing.T) {
	run(t, YearWords(), []tcase{
		{text: "The wall fell in nineteen eighty-nine.", phrase: "in nineteen eighty-nine", timex: "1989"},
		{text: "Prices have doubled since nineteen ninety.", phrase: "since nineteen ninety", timex: "1990"},
		{text: "The mill opened in nineteen oh five.", phrase: "in nineteen oh five", timex: "1905"},
		{text: "The firm was founded in two thousand and three.", phrase: "in two thousand and three", timex: "2003"},
		{text: "By eighteen hundred, the town had a mill.", phrase: "By eighteen hundred", timex: "1800"},
		{text: "Nineteen eighty-nine people signed.", phrase: "Nineteen", timex: "-"},
		{text: "The fund grew from two thousand to five thousand dollars.", phrase: "two thousand", timex: "-"},
		{text: "She won by two thousand votes.", phrase: "two thousand", timex: "-"},
	})
}
