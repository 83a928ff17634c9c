package fr

import "testing"

func TestSet(t *testing.T) {
	run(t, Set(), []tcase{
		{text: "Un bilan quotidien est publié.", phrase: "quotidien", timex: "P1D"},
		{text: "Ils manifestent chaque lundi.", phrase: "chaque lundi", timex: "XXXX-WXX-1"},
		{text: "Ils manifestent tous les jeudis.", phrase: "tous les jeudis", timex: "XXXX-WXX-4"},
	})
}

func TestDuration(t *testing.T) {
	run(t, Duration(), []tcase{
		{text: "Il a plu pendant trois jours.", phrase: "pendant trois jours", timex: "P3D"},
		{text: "Il a régné dix ans.", phrase: "dix ans", timex: "P10Y"},
		{text: "Cela prendra quelques mois.", phrase: "quelques mois", timex: "PXM"},
		{text: "Il a attendu 2 heures.", phrase: "2 heures", timex: "PT2H"},
	})
}

func TestClock(t *testing.T) {
	run(t, Clock(), []tcase{
		{text: "Il est arrivé à 14h30.", phrase: "à 14h30", timex: "2022-01-05T14:30"},
		{text: "Il est arrivé à 14 h 30.", phrase: "à 14 h 30", timex: "2022-01-05T14:30"},
		{text: "Mardi, vers 3 heures du matin, tout a brûlé.", phrase: "vers 3 heures du matin", timex: "2022-01-04T03:00"},
		{text: "Il parlera à midi.", phrase: "à midi", timex: "2022-01-05T12:00"},
		{text: "Le sommet s'ouvre à 16h CET.", phrase: "à 16h CET", timex: "2022-01-05T16:00"},
		{text: "Le drame a eu lieu à 21 h 45.", phrase: "à 21 h 45", timex: "2022-01-05T21:45"},
		{text: "Il est arrivé lundi vers 21 h 45.", phrase: "vers 21 h 45", timex: "2022-01-03T21:45"},
		{text: "Vers 0 h 40, jeudi, la maison a brûlé.", phrase: "Vers 0 h 40", timex: "2021-12-30T00:40"},
	})
}

func TestSetNegatives(t *testing.T) {
	run(t, Set(), []tcase{
		{text: "Selon le quotidien local, rien.", phrase: "quotidien", timex: "-"},
		{text: "Un chauffeur de 38 ans a été blessé.", phrase: "38 ans", timex: "-"},
		{text: "Les troubles ont été vifs.", phrase: "été", timex: "-"},
		{text: "Les Jeux d'hiver ont commencé.", phrase: "hiver", timex: "-"},
	})
}
