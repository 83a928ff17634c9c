package fr

import "testing"

func TestDayList(t *testing.T) {
	run(t, DayList(), []tcase{
		{text: "Les élections auront lieu les 6 et 13 avril prochains.", phrase: "les 6", timex: "2022-04-06"},
		{text: "Le marché est ouvert les 24, 25 et 26 décembre.", phrase: "25", timex: "2021-12-25"},
		{text: "Entre 25 et 30 personnes sont venues en décembre.", phrase: "25", timex: "-"},
	})
}
