package fr

import "testing"

func TestQuinzaine(t *testing.T) {
	run(t, Quinzaine(), []tcase{
		{text: "Les travaux auront lieu la première quinzaine de juillet.", phrase: "la première quinzaine de juillet", timex: "2022-07",
			interval: "2022-07-01T00:00/2022-07-16T00:00"},
		{text: "Il est parti la seconde quinzaine d'août 2021.", phrase: "la seconde quinzaine d'août 2021", timex: "2021-08",
			interval: "2021-08-16T00:00/2021-09-01T00:00"},
	})
}
