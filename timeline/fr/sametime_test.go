package fr

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestSameTime(t *testing.T) {
	run(t, SameTime(), []tcase{
		// The article's month, in the year named or told before.
		{text: "Les ventes ont progressé par rapport à la même période de l'an dernier.", phrase: "la même période de l'an dernier", timex: "2021-01"},
		{text: "La fréquentation a augmenté par rapport à l'année dernière à la même époque.", phrase: "la même époque", timex: "2021-01"},
		{text: "Elles ont baissé par rapport à la même période en 2019.", phrase: "la même période en 2019", timex: "2019-01"},
		// The period told before, a year back.
		{text: "Au troisième trimestre 2021, le PIB a crû de 3 % par rapport à la même période de l'année précédente.", phrase: "la même période de l'année précédente", timex: "2020-Q3"},
		{text: "Au cours des neuf premiers mois de 2021, les ventes ont progressé par rapport à la même période de l'année précédente.", phrase: "la même période de l'année précédente", timex: "2020-01/2020-09"},
		// No year to go by: not placed.
		{text: "À la même époque, il vivait à Lyon.", phrase: "la même époque", timex: ""},
	})
}
