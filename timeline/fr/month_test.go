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
		{text: "Le parc est fermé depuis mars.", phrase: "mars", timex: "2021-03"},
		{text: "Les travaux ont débuté avant mai.", phrase: "mai", timex: "2021-05"},
		{text: "Les images envoyées depuis Mars sont nettes.", phrase: "Mars", timex: "-"},
		{text: "Mai Nguyen a été élue.", phrase: "Mai", timex: "-"},
	})
}
