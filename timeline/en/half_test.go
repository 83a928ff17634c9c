package en

import "testing"

func TestHalf(t *testing.T) {
	run(t, Half(), []tcase{
		{text: "It is set to be released in the second half of 2025.", phrase: "the second half of 2025", timex: "2025-H2"},
		{text: "H1 2021 results were poor.", phrase: "H1 2021", timex: "2021-H1"},
		{text: "2019-H2 will bring challenges.", phrase: "2019-H2", timex: "2019-H2"},
		{text: "Sales fell in the first half of the year.", phrase: "the first half of the year", timex: "2022-H1"},
		{text: "Sales will rise in the second half of this year.", phrase: "the second half of this year", timex: "2022-H2"},
	})
}
