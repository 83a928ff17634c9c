package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestCasual(t *testing.T) {
	run(t, Casual(), []tcase{
		{text: "He left yesterday.", phrase: "yesterday", timex: "2022-01-04"},
		{text: "He left yesterday afternoon.", phrase: "yesterday afternoon", timex: "2022-01-04TAF"},
		{text: "Shots were fired last night.", phrase: "last night", timex: "2022-01-04TNI"},
		{text: "He leaves the day after tomorrow.", phrase: "the day after tomorrow", timex: "2022-01-07"},
	})
}
