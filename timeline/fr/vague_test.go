package fr

import "testing"

func TestVague(t *testing.T) {
	run(t, Vague(), []tcase{
		{text: "Le coureur a tenté sa chance une seconde fois, sans succès.", phrase: "une seconde", timex: "-"},
		{text: "La seconde vague de licenciements inquiète les syndicats.", phrase: "seconde", timex: "-"},
		{text: "Il faudra bien payer un jour ou l'autre.", phrase: "un jour", timex: "-"},
		{text: "Un beau jour, l'usine a fermé.", phrase: "Un beau jour", timex: "-"},
		{text: "Un jour, la voie ferrée sera peut-être rouverte.", phrase: "Un jour", timex: "-"},
		{text: "Les riverains espèrent qu'un jour la digue sera rehaussée.", phrase: "un jour", timex: "-"},
		{text: "Un jour viendra où le quartier sera rénové.", phrase: "Un jour", timex: "-"},
	})
}
