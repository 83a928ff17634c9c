package fr

import "testing"

func TestYearRange(t *testing.T) {
	run(t, YearRange(), []tcase{
		{text: "La saison 1983-84 a été la meilleure du club.", phrase: "1983-84", timex: "1983/1984"},
		{text: "Les ventes de 2010 à 2018 ont doublé.", phrase: "de 2010 à 2018", timex: "2010/2018"},
		{text: "Il a régné entre 1995 et 2001.", phrase: "entre 1995 et 2001", timex: "1995/2001"},
	})
}
