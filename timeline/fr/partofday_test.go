package fr

import "testing"

// The article date of these cases is Wednesday 5 January 2022. The rule's
// phrase is joined with the day after it by the tagger.

func TestPartOfDay(t *testing.T) {
	run(t, PartOfDay(), []tcase{
		{text: "Le soir du 31 décembre, la police a interpellé 40 personnes.", phrase: "Le soir du 31 décembre", timex: "2021-12-31TEV"},
		{text: "Au matin du 1er janvier, la ville était calme.", phrase: "Au matin du 1er janvier", timex: "2022-01-01TMO"},
		{text: "L'après-midi du mardi 4 janvier, il a parlé.", phrase: "L'après-midi du mardi 4 janvier", timex: "2022-01-04TAF"},
		{text: "La nuit du 3 janvier, trois voitures ont brûlé.", phrase: "La nuit du 3 janvier", timex: "2022-01-03TNI"},
		// No day after it: a habit, or an event's morning.
		{text: "Le soir, il lit.", phrase: "Le soir", timex: "-"},
		{text: "Le matin de l'attentat, il était à Paris.", phrase: "Le matin", timex: "-"},
	})
}
