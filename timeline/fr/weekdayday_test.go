package fr

import "testing"

func TestWeekdayDay(t *testing.T) {
	run(t, WeekdayDay(), []tcase{
		{text: "C'était le mardi 4 à Almaty.", phrase: "le mardi 4", timex: "2022-01-04"},
		{text: "Il est arrivé mardi 11:00.", phrase: "mardi 11:00", timex: "2022-01-04T11:00"},
		// The first end of a span takes the month of the second.
		{text: "Le festival a lieu du vendredi 3 au dimanche 12 juin.", phrase: "vendredi 3", timex: "2022-06-03"},
		{text: "Le salon se tiendra du jeudi 1er au samedi 3 septembre.", phrase: "jeudi 1er", timex: "2022-09-01"},
		{text: "Le salon se tiendra du jeudi 1er au samedi 3 septembre.", phrase: "du jeudi 1er au samedi 3 septembre", timex: "2022-09-01/2022-09-03"},
	})
}
