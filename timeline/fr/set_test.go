package fr

import "testing"

func TestSet(t *testing.T) {
	run(t, Set(), []tcase{
		{text: "Chaque premier samedi du mois, le marché se tient.", phrase: "Chaque premier samedi du mois", timex: "XXXX-WXX-6"},
		{text: "Chaque premier jour du mois, les loyers sont dus.", phrase: "Chaque premier jour du mois", timex: "P1M"},
		{text: "Un bilan quotidien est publié.", phrase: "quotidien", timex: "P1D"},
		{text: "Ils manifestent chaque lundi.", phrase: "chaque lundi", timex: "XXXX-WXX-1"},
		{text: "Ils manifestent tous les jeudis.", phrase: "tous les jeudis", timex: "XXXX-WXX-4"},
		{text: "Selon le quotidien local, rien.", phrase: "quotidien", timex: "-"},
	})
}
