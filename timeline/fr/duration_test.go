package fr

import "testing"

func TestDuration(t *testing.T) {
	run(t, Duration(), []tcase{
		{text: "Il a plu pendant trois jours.", phrase: "pendant trois jours", timex: "P3D"},
		{text: "Il a régné dix ans.", phrase: "dix ans", timex: "P10Y"},
		{text: "Cela prendra quelques mois.", phrase: "quelques mois", timex: "PXM"},
		{text: "Il a attendu 2 heures.", phrase: "2 heures", timex: "PT2H"},
		{text: "Un chauffeur de 38 ans a été blessé.", phrase: "38 ans", timex: "-"},
	})
}
