package fr

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestNthWeekday(t *testing.T) {
	run(t, NthWeekday(), []tcase{
		{text: "Le premier tour aura lieu le deuxième dimanche de juin.", phrase: "le deuxième dimanche de juin", timex: "2022-06-12"},
		{text: "Il est mort le dernier dimanche de mars 2021.", phrase: "le dernier dimanche de mars 2021", timex: "2021-03-28"},
		{text: "Le conseil se réunira le premier lundi du mois prochain.", phrase: "le premier lundi du mois prochain", timex: "2022-02-07"},
		// Joined with the year written after it by the tagger.
		{text: "La fête a lieu le troisième jeudi de novembre 2021.", phrase: "le troisième jeudi de novembre 2021", timex: "2021-11-18"},
		// A weekend so counted; a season.
		{text: "La fête du village aura lieu le deuxième week-end de juin.", phrase: "le deuxième week-end de juin", timex: "2022-W23-WE",
			interval: "2022-06-11T00:00/2022-06-13T00:00"},
		{text: "Le marché nocturne ouvrira le premier samedi de l'été.", phrase: "le premier samedi de l'été", timex: "2022-06-25"},
		// Of nothing written: not placed.
		{text: "Il viendra le deuxième mardi, pas avant.", phrase: "le deuxième mardi", timex: ""},
	})
}
