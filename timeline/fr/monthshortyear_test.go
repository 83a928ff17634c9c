package fr

import "testing"

func TestMonthShortYear(t *testing.T) {
	run(t, MonthShortYear(), []tcase{
		{text: "Il a été arrêté en mars 89, puis libéré.", phrase: "en mars 89", timex: "1989-03"},
		{text: "Le chantier a démarré fin octobre 02 et s'est arrêté.", phrase: "fin octobre 02", timex: "2002-10"},
		{text: "Entré au club en septembre 85 lors d'un tournoi, il y est resté.", phrase: "en septembre 85", timex: "1985-09"},
		{text: "Le 5 mars 12 personnes ont été arrêtées.", phrase: "mars 12", timex: "-"},
	})
}
