package fr

import "testing"

func TestClockRange(t *testing.T) {
	run(t, ClockRange(), []tcase{
		{text: "Le bureau ouvre entre 14 et 16 heures.", phrase: "entre 14 et 16 heures", timex: "2022-01-05T14:00/2022-01-05T16:00"},
		{text: "Il faut de 2 à 3 heures de route.", phrase: "de 2 à 3 heures", timex: "-"},
		// Noon and midnight as ends.
		{text: "Le bureau est ouvert entre 9 h et midi.", phrase: "entre 9 h et midi", timex: "2022-01-05T09:00/2022-01-05T12:00"},
		{text: "De 22 h à minuit, la musique a joué.", phrase: "De 22 h à minuit", timex: "2022-01-05T22:00/2022-01-06T00:00"},
		{text: "De minuit à 6 h, le couvre-feu s'applique.", phrase: "De minuit à 6 h", timex: "2022-01-05T00:00/2022-01-05T06:00"},
		{text: "Le bureau est fermé midi-14h.", phrase: "midi-14h", timex: "-"},
		// A part of the day after the second end makes hours times, both ends in it.
		{text: "Entre 2 et 3 heures du matin, des coups de feu ont éclaté.", phrase: "Entre 2 et 3 heures du matin", timex: "2022-01-05T02:00/2022-01-05T03:00"},
		{text: "La fête a duré de 8 à 11 heures du soir.", phrase: "de 8 à 11 heures du soir", timex: "2022-01-05T20:00/2022-01-05T23:00"},
		{text: "Il a manifesté entre 2 h et 4 h de l'après-midi.", phrase: "entre 2 h et 4 h de l'après-midi", timex: "2022-01-05T14:00/2022-01-05T16:00"},
		{text: "Lundi, il a manifesté de 9h à 11h.", phrase: "de 9h à 11h", timex: "2022-01-03T09:00/2022-01-03T11:00"},
		{text: "Il a manifesté entre 14h et 16h.", phrase: "entre 14h et 16h", timex: "2022-01-05T14:00/2022-01-05T16:00"},
		{text: "Le bureau ouvre de 9 à 12h.", phrase: "de 9 à 12h", timex: "2022-01-05T09:00/2022-01-05T12:00"},
		{text: "Le bureau ouvre 13-15h.", phrase: "13-15h", timex: "2022-01-05T13:00/2022-01-05T15:00"},
		{text: "L'attente est de 2 à 3 heures.", phrase: "de 2 à 3", timex: "-"},
	})
}
