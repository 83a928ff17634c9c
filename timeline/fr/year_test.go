package fr

import "testing"

func TestYear(t *testing.T) {
	run(t, Year(), []tcase{
		{text: "Il est élu en 2021.", phrase: "en 2021", timex: "2021"},
		{text: "Il a quitté fin 2021.", phrase: "fin 2021", timex: "2021", interval: "2021-08-31T00:00/2022-01-01T00:00"},
		{text: "Quelque 5000 personnes ont défilé.", phrase: "5000", timex: "-"},
	})
}
