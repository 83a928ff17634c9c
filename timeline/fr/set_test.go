package fr

import "testing"

func TestSet(t *testing.T) {
	run(t, Set(), []tcase{
		{text: "Un bilan quotidien est publié.", phrase: "quotidien", timex: "P1D"},
		{text: "Ils manifestent chaque lundi.", phrase: "chaque lundi", timex: "XXXX-WXX-1"},
		{text: "Ils manifestent tous les jeudis.", phrase: "tous les jeudis", timex: "XXXX-WXX-4"},
		{text: "Selon le quotidien local, rien.", phrase: "quotidien", timex: "-"},
	})
}
