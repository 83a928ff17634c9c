package fr

import "testing"

func TestHistoric(t *testing.T) {
	run(t, Historic(), []tcase{
		{text: "Le 14 juillet 1789, la Bastille est tombée.", phrase: "Le 14 juillet 1789", timex: "1789-07-14"},
		{text: "La bataille a eu lieu le 13 septembre 1515.", phrase: "le 13 septembre 1515", timex: "1515-09-13"},
		{text: "En 1515, François Ier a vaincu à Marignan.", phrase: "En 1515", timex: "1515"},
		{text: "La ville a été fondée vers 1250.", phrase: "vers 1250", timex: "1250"},
		// A number that goes on is an amount.
		{text: "Le 5 mai 1200 manifestants ont défilé.", phrase: "1200", timex: "-"},
		{text: "Le livre a été tiré en 1500 exemplaires.", phrase: "1500", timex: "-"},
	})
}
