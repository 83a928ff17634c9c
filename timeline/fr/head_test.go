package fr

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestHead(t *testing.T) {
	run(t, Head(), []tcase{
		{text: "Au cours des neuf premiers mois de l'année, les ventes ont chuté.", phrase: "des neuf premiers mois de l'année", timex: "2022-01/2022-09",
			interval: "2022-01-01T00:00/2022-10-01T00:00"},
		{text: "Sur les trois premiers mois de l'année dernière, 40 usines ont fermé.", phrase: "les trois premiers mois de l'année dernière", timex: "2021-01/2021-03"},
		{text: "Les deux dernières semaines du mois seront chargées.", phrase: "Les deux dernières semaines du mois", timex: "2022-01-18/2022-01-31"},
		{text: "Le loyer est dû le premier jour du mois.", phrase: "le premier jour du mois", timex: "2022-01-01"},
		{text: "Le dernier jour de l'année, il neigeait.", phrase: "Le dernier jour de l'année", timex: "2022-12-31"},
		{text: "Les deux premiers trimestres de l'année ont été bons.", phrase: "Les deux premiers trimestres de l'année", timex: "2022-01/2022-06"},
		// With no period after it: a length; "derniers" alone is Recent's,
		// and a day of something else is no date.
		{text: "Les six premiers mois, il a vécu à Lyon.", phrase: "Les six premiers mois", timex: "P6M"},
		{text: "Le dernier jour du festival, il a plu.", phrase: "Le dernier jour", timex: "-"},
		{text: "Les deux premiers mois du mois", phrase: "Les deux premiers mois du mois", timex: "-"},
	})
}
