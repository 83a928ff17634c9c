package fr

import "testing"

func TestEdge(t *testing.T) {
	run(t, Edge(), []tcase{
		{text: "Il partira d'ici la fin de l'année.", phrase: "la fin de l'année", timex: "2022",
			interval: "2022-08-31T00:00/2023-01-01T00:00"},
		// The article's own period's edge, on the side of the tense
		// (article dated Wednesday 5 January 2022): an end still to come
		// told in the past is the period before's; a start over, told
		// ahead, the next one's.
		{text: "Il a parlé en fin de semaine.", phrase: "fin de semaine", timex: "2021-W52"},
		{text: "Il parlera en fin de semaine.", phrase: "fin de semaine", timex: "2022-W01"},
		{text: "Les stocks avaient fondu à la fin de l'année.", phrase: "la fin de l'année", timex: "2021"},
		{text: "Les soldes ont commencé en début de mois.", phrase: "début de mois", timex: "2022-01"},
		{text: "Le chantier reprendra en début de semaine.", phrase: "début de semaine", timex: "2022-W02"},
		{text: "Au début du mois prochain, il part.", phrase: "début du mois prochain", timex: "2022-02",
			interval: "2022-02-01T00:00/2022-02-10T00:00"},
		{text: "Fin d'année difficile.", phrase: "Fin d'année", timex: "2022"},
		{text: "À la mi-mois, rien.", phrase: "la mi-mois", timex: "2022-01"},
		{text: "Le début de l'année dernière fut dur.", phrase: "Le début de l'année dernière", timex: "2021"},
	})
}
