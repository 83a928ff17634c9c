package fr

import "testing"

func TestYearRange(t *testing.T) {
	run(t, YearRange(), []tcase{
		{text: "Les ventes de 2010 à 2018 ont doublé.", phrase: "de 2010 à 2018", timex: "2010/2018"},
		{text: "Il a régné entre 1995 et 2001.", phrase: "entre 1995 et 2001", timex: "1995/2001"},
	})
}
