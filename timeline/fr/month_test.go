package fr

import "testing"

func TestMonth(t *testing.T) {
	run(t, Month(), []tcase{
		{text: "Il est venu en décembre.", phrase: "en décembre", timex: "2021-12"},
		{text: "Il viendra début mars.", phrase: "début mars", timex: "2022-03"},
		{text: "Il viendra mi-février.", phrase: "mi-février", timex: "2022-02"},
		{text: "C'était en octobre 98.", phrase: "en octobre 98", timex: "1998-10"},
		{text: "La mission vers Mars a échoué.", phrase: "Mars", timex: "-"},
		{text: "Le coureur Jan Ullrich a gagné.", phrase: "Jan", timex: "-"},
		{text: "Il y avait sept personnes.", phrase: "sept", timex: "-"},
	})
}
