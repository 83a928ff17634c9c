package fr

import "testing"

func TestCasual(t *testing.T) {
	run(t, Casual(), []tcase{
		{text: "Il est parti hier.", phrase: "hier", timex: "2022-01-04"},
		{text: "Il est parti avant-hier.", phrase: "avant-hier", timex: "2022-01-03"},
		{text: "Il part aujourd’hui.", phrase: "aujourd’hui", timex: "2022-01-05"},
		{text: "Il part demain.", phrase: "demain", timex: "2022-01-06"},
		{text: "Il part après-demain.", phrase: "après-demain", timex: "2022-01-07"},
		{text: "Il est parti Hier soir.", phrase: "Hier soir", timex: "2022-01-04TEV"},
		{text: "Il partira demain matin.", phrase: "demain matin", timex: "2022-01-06TMO"},
		{text: "Il est arrivé hier en fin de matinée.", phrase: "hier en fin de matinée", timex: "2022-01-04TMO"},
		{text: "Il est arrivé hier après-midi.", phrase: "hier après-midi", timex: "2022-01-04TAF"},
	})
}
