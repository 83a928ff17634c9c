package en

import "testing"

func TestHalf(t *testing.T) {
	run(t, Half(), []tcase{
		{text: "The utility expects a loss for the first half.", phrase: "the first half", timex: "2022-H1"},
		{text: "Second-half sales will improve, the chain said.", phrase: "Second-half", timex: "2022-H2"},
		{text: "He scored twice in the first half of the game.", phrase: "the first half of the game", timex: "-"},
		{text: "It is set to be released in the second half of 2025.", phrase: "the second half of 2025", timex: "2025-H2"},
		{text: "H1 2021 results were poor.", phrase: "H1 2021", timex: "2021-H1"},
		{text: "2019-H2 will bring challenges.", phrase: "2019-H2", timex: "2019-H2"},
		{text: "Sales fell in the first half of the year.", phrase: "the first half of the year", timex: "2022-H1"},
		{text: "Sales will rise in the second half of this year.", phrase: "the second half of this year", timex: "2022-H2"},
	})
}
