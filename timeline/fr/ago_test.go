package fr

import "testing"

func TestAgo(t *testing.T) {
	run(t, Ago(), []tcase{
		// A unit and a half, counted in the unit below.
		{text: "Il a été arrêté il y a un an et demi.", phrase: "il y a un an et demi", timex: "2020-07-05"},
		{text: "Le feu a pris il y a une heure et demie.", phrase: "il y a une heure et demie", timex: "2022-01-05T08:30", date: "2022-01-05T10:00:00Z"},
		{text: "Les funérailles auront lieu dans une dizaine de jours.", phrase: "dans une dizaine de jours", timex: "2022-W02"},
		{text: "Il reviendra dans une demi-heure.", phrase: "dans une demi-heure", timex: "2022-01-05T10:30", date: "2022-01-05T10:00:00"},
		{text: "Il a été élu il y a tout juste un an.", phrase: "il y a tout juste un an", timex: "2021-01-05"},
		{text: "Il est parti il y a plus d'un mois.", phrase: "il y a plus d'un mois", timex: "2021-12"},
		{text: "Il est parti il y a 10 min.", phrase: "il y a 10 min", timex: "2022-01-05T09:50", date: "2022-01-05T10:00:00"},
		{text: "Il est parti il y a trente secondes.", phrase: "il y a trente secondes", timex: "2022-01-05T11:59:30", date: "2022-01-05T12:00"},
		{text: "Il est parti il y a une dizaine d'années.", phrase: "il y a une dizaine d'années", timex: "2012"},
		{text: "Il partira dans une quinzaine de jours.", phrase: "dans une quinzaine de jours", timex: "2022-01-19"},
		// Weeks counted in days, both ends included: a week, two weeks.
		{text: "Le verdict sera rendu dans huit jours.", phrase: "dans huit jours", timex: "2022-01-12"},
		{text: "Il était là il y a quinze jours.", phrase: "il y a quinze jours", timex: "2021-12-22"},
		{text: "Il était là il y a 15 jours.", phrase: "il y a 15 jours", timex: "2021-12-22"},
		{text: "Il reviendra dans neuf jours.", phrase: "dans neuf jours", timex: "2022-01-14"},
		{text: "Il est parti il y a trois jours.", phrase: "il y a trois jours", timex: "2022-01-02"},
		{text: "Il est parti il y a une semaine.", phrase: "il y a une semaine", timex: "2021-12-29"},
		{text: "Il est parti il y a un an.", phrase: "il y a un an", timex: "2021-01-05"},
		{text: "Il partira dans deux mois.", phrase: "dans deux mois", timex: "2022-03-05"},
		{text: "Il est parti il y a trois quarts d'heure.", phrase: "il y a trois quarts d'heure", timex: "2022-01-05T09:15", date: "2022-01-05T10:00"},
		{text: "Il reviendra dans une heure et quart.", phrase: "dans une heure et quart", timex: "2022-01-05T11:15", date: "2022-01-05T10:00"},
		// Decades and centuries: that many years back, the year they fall in.
		{text: "Il y a un siècle, la guerre finissait.", phrase: "Il y a un siècle", timex: "1922"},
		{text: "Il y a deux décennies, le pays changeait.", phrase: "Il y a deux décennies", timex: "2002"},
		// Numbers in words past twenty, in every spelling.
		{text: "L'usine a fermé il y a vingt et un ans.", phrase: "il y a vingt et un ans", timex: "2001-01-05"},
		{text: "Le traité a été signé il y a soixante-dix-sept ans.", phrase: "il y a soixante-dix-sept ans", timex: "1945-01-05"},
		{text: "La ville a été fondée il y a quatre-vingts ans.", phrase: "il y a quatre-vingts ans", timex: "1942-01-05"},
		{text: "Le pont a été construit il y a septante ans.", phrase: "il y a septante ans", timex: "1952-01-05"},
		{text: "L'abbaye a brûlé il y a deux cents ans.", phrase: "il y a deux cents ans", timex: "1822-01-05"},
		{text: "Il est parti il y a un mois.", phrase: "il y a un mois", timex: "2022-02-28", date: "2022-03-31"},
	})
}
