package fr

import "testing"

func TestRecent(t *testing.T) {
	run(t, Recent(), []tcase{
		{text: "Au cours de la dernière décennie, la croissance a ralenti.", phrase: "la dernière décennie", timex: "P10Y", interval: "2012-01-05T00:00/2022-01-05T00:00"},
		{text: "Ces derniers jours, il a plu.", phrase: "Ces derniers jours", timex: "PXD"},
		{text: "Au cours des dernières 24 heures, il a plu.", phrase: "des dernières 24 heures", timex: "PT24H"},
		{text: "Les derniers jours de la campagne ont été tendus.", phrase: "Les derniers jours", timex: "-"},
		{text: "Il a plu les trois derniers mois.", phrase: "les trois derniers mois", timex: "P3M",
			interval: "2021-10-05T00:00/2022-01-05T00:00"},
		{text: "Au cours des dix derniers jours, il a plu.", phrase: "des dix derniers jours", timex: "P10D",
			interval: "2021-12-26T00:00/2022-01-05T00:00"},
		{text: "Il sera absent les 3 prochaines semaines.", phrase: "les 3 prochaines semaines", timex: "P3W",
			interval: "2022-01-06T00:00/2022-01-27T00:00"},
		{text: "Il a plu les 30 jours précédents.", phrase: "les 30 jours précédents", timex: "P30D",
			interval: "2021-12-06T00:00/2022-01-05T00:00"},
		{text: "Trois appels dans les 13 dernières minutes.", phrase: "les 13 dernières minutes", timex: "PT13M",
			date: "2022-01-05T12:30", interval: "2022-01-05T12:17/2022-01-05T12:30"},
		{text: "Les 24 heures passées ont été calmes.", phrase: "Les 24 heures passées", timex: "PT24H",
			date: "2022-01-05T12:30", interval: "2022-01-04T12:30/2022-01-05T12:30"},
		{text: "Les deux derniers trimestres ont été bons.", phrase: "Les deux derniers trimestres", timex: "P6M",
			interval: "2021-07-05T00:00/2022-01-05T00:00"},
		{text: "Il a raconté les derniers jours de la campagne.", phrase: "les derniers jours", timex: "-"},
	})
}
