package fr

import "testing"

func TestYear(t *testing.T) {
	run(t, Year(), []tcase{
		{text: "Il est élu en 2021.", phrase: "en 2021", timex: "2021"},
		{text: "Quelque 5000 personnes ont défilé.", phrase: "5000", timex: "-"},
	})
}
