package fr

import "testing"

func TestPenalty(t *testing.T) {
	run(t, Penalty(), []tcase{
		{text: "Il a été condamné à 15 ans de réclusion criminelle.", phrase: "à 15 ans", timex: "P15Y"},
		{text: "Le conducteur purge une peine de 8 ans de prison.", phrase: "de 8 ans", timex: "P8Y"},
		{text: "Elle a écopé de 18 mois d'emprisonnement dont six avec sursis.", phrase: "de 18 mois", timex: "P18M"},
		{text: "Le tribunal a requis trois ans d'interdiction de gérer.", phrase: "trois ans", timex: "P3Y"},
		{text: "Il a pris 6 mois ferme.", phrase: "6 mois", timex: "P6M"},
		// An age stays no time.
		{text: "Un garçon de 8 ans a été renversé.", phrase: "8 ans", timex: "-"},
	})
}
