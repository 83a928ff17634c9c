package fr

import "testing"

func TestAtPart(t *testing.T) {
	run(t, AtPart(), []tcase{
		{text: "Les policiers sont intervenus à l'aube.", phrase: "à l'aube", timex: "2022-01-05TMO"},
		{text: "Ils sont partis à la tombée de la nuit, sans bruit.", phrase: "à la tombée de la nuit", timex: "2022-01-05TEV"},
		{text: "À la mi-journée, le cortège s'est dispersé.", phrase: "À la mi-journée", timex: "2022-01-05TMI"},
		{text: "C'était à l'aube du XXIe siècle.", phrase: "à l'aube", timex: "-"},
		{text: "Le 3 au soir, il est parti.", phrase: "Le 3 au soir", timex: "2022-01-03TEV"},
		{text: "Samedi 8 janvier au matin, il est parti.", phrase: "Samedi 8 janvier au matin", timex: "2022-01-08TMO", date: "2022-01-12"},
		{text: "Mardi, il a plu. Au petit matin, le calme est revenu.", phrase: "Au petit matin", timex: "2022-01-04TMO"},
		{text: "Au soir de sa vie, il a écrit.", phrase: "Au soir", timex: "-"},
	})
}
