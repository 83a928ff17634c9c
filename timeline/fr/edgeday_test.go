package fr

import "testing"

func TestEdgeDay(t *testing.T) {
	run(t, EdgeDay(), []tcase{
		{text: "Le dernier jour de février, la neige est tombée sur Nancy.", phrase: "Le dernier jour de février", timex: "2003-02-28", date: "2003-03-12"},
		{text: "Le magasin fermera le dernier jour du mois de juin.", phrase: "le dernier jour du mois de juin", timex: "2022-06-30"},
		{text: "La loi est entrée en vigueur le premier jour d'octobre 2001.", phrase: "le premier jour d'octobre 2001", timex: "2001-10-01"},
	})
}
