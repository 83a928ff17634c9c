package fr

import "testing"

func TestLater(t *testing.T) {
	run(t, Later(), []tcase{
		// A place after the count is no event: a day counted from the story.
		{text: "Deux jours avant à Genève, les pourparlers avaient échoué.", phrase: "Deux jours avant", timex: "2022-01-03"},
		{text: "Le 2 janvier il est parti; deux jours plus tard il est revenu.", phrase: "deux jours plus tard", timex: "2022-01-04"},
		{text: "Le 2 janvier il est parti; huit jours plus tard il est revenu.", phrase: "huit jours plus tard", timex: "2022-01-09"},
		{text: "Le 4 janvier il est parti; trois jours auparavant il avait parlé.", phrase: "trois jours auparavant", timex: "2022-01-01"},
		// Years counted from a year, months from a month: that period
		// (they counted from the article's day).
		{text: "Condamné en 2019, il a été relaxé deux ans plus tard.", phrase: "deux ans plus tard", timex: "2021"},
		{text: "Arrêté en mars 2015, il a été libéré deux mois plus tard.", phrase: "deux mois plus tard", timex: "2015-05"},
		{text: "Élu en 2015, il a démissionné un an plus tard.", phrase: "un an plus tard", timex: "2016"},
		{text: "Le 1er mars, il a été arrêté; trente et un jours plus tard, il a été libéré.", phrase: "trente et un jours plus tard", timex: "2021-04-01"},
		{text: "Arrêté en mars 2019, il a été libéré un an et demi plus tard.", phrase: "un an et demi plus tard", timex: "2020-09"},
		{text: "Lundi il est parti. Deux jours et demi plus tard, il est revenu.", phrase: "Deux jours et demi plus tard", timex: "P2.5D"},
		// Hours and minutes counted from a time are a time; from a day, a
		// length (the day does not say the hour; the French TimeBank
		// writes PT1H).
		{text: "La police est arrivée à 15 h. Deux heures plus tard, le feu était éteint.", phrase: "Deux heures plus tard", timex: "2022-01-05T17:00"},
		{text: "L'explosion a eu lieu à 9 h 40 ; dix minutes auparavant, un appel avait prévenu.", phrase: "dix minutes auparavant", timex: "2022-01-05T09:30"},
		{text: "Lundi, la police est arrivée. Une heure plus tard, le feu était éteint.", phrase: "Une heure plus tard", timex: "PT1H"},
		{text: "La police est arrivée à 10 h. Quarante-huit heures plus tard, le feu brûlait encore.", phrase: "Quarante-huit heures plus tard", timex: "2022-01-07T10:00"},
	})
}
