package fr

import "testing"

func TestMonthDay(t *testing.T) {
	run(t, MonthDay(), []tcase{
		{text: "Le 15 du mois prochain, la loi entrera en vigueur.", phrase: "Le 15 du mois prochain", timex: "2022-02-15"},
		{text: "Le 3 du mois dernier, il est parti.", phrase: "Le 3 du mois dernier", timex: "2021-12-03"},
		{text: "Je serai là le 17 entre 14 et 16 heures.", phrase: "le 17", timex: "2022-01-17"},
		{text: "Il reviendra le 23, a-t-il dit.", phrase: "le 23", timex: "2022-01-23"},
		{text: "Il était arrivé le 2.", phrase: "le 2", timex: "2022-01-02"},
		{text: "Le 28 au soir, il est parti.", phrase: "Le 28 au soir", timex: "2021-12-28TEV", date: "2022-01-03"},
		{text: "Rendez-vous le 1er, à midi.", phrase: "le 1er", timex: "2022-02-01", date: "2022-01-20"},
		{text: "Il est arrivé le 3 vers 14 h.", phrase: "le 3", timex: "2022-01-03"},
		{text: "Je serai là le 17 de 14h à 16h.", phrase: "le 17 de 14h à 16h", timex: "2022-01-17T14:00/2022-01-17T16:00"},
		{text: "je reviendrai le 23", phrase: "le 23", timex: "2022-01-23"},
		{text: "Le 23 000e visiteur a été accueilli.", phrase: "Le 23", timex: "-"},
		{text: "Il a gagné le 2 à 1 hier.", phrase: "le 2", timex: "-"},
		{text: "Il habite dans le 93, a-t-il dit.", phrase: "le 93", timex: "-"},
		{text: "Il a fini le 14e de la course.", phrase: "le 14", timex: "-"},
	})
}
