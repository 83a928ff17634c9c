package fr

import "testing"

func TestHoliday(t *testing.T) {
	run(t, Holiday(), []tcase{
		{text: "Le marché de Noël a ouvert.", phrase: "de Noël", timex: "-"},
		{text: "Il est arrivé la veille de Noël.", phrase: "la veille de Noël", timex: "2021-12-24"},
		{text: "Il est arrivé le soir de Noël.", phrase: "le soir de Noël", timex: "2021-12-25TEV"},
		{text: "Ils se sont réunis à Noël.", phrase: "à Noël", timex: "2021-12-25"},
		{text: "Ils se réuniront à la Toussaint.", phrase: "la Toussaint", timex: "2022-11-01"},
		{text: "Il est revenu à Pâques 2021.", phrase: "à Pâques 2021", timex: "2021-04-04"},
		{text: "Le lundi de Pentecôte sera férié.", phrase: "Le lundi de Pentecôte", timex: "2022-06-06"},
		{text: "Noël Mamère a parlé.", phrase: "Noël", timex: "-"},
	})
}
