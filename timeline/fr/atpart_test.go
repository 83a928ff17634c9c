package fr

import "testing"

func TestAtPart(t *testing.T) {
	run(t, AtPart(), []tcase{
		{text: "Le 3 au soir, il est parti.", phrase: "Le 3 au soir", timex: "2022-01-03TEV"},
		{text: "Samedi 8 janvier au matin, il est parti.", phrase: "Samedi 8 janvier au matin", timex: "2022-01-08TMO", date: "2022-01-12"},
		{text: "Mardi, il a plu. Au petit matin, le calme est revenu.", phrase: "Au petit matin", timex: "2022-01-04TMO"},
		{text: "Au soir de sa vie, il a écrit.", phrase: "Au soir", timex: "-"},
	})
}
