package fr

import "testing"

func TestHoursFor(t *testing.T) {
	run(t, HoursFor(), []tcase{
		{text: "La circulation sera coupée pour 3h sur l'A31.", phrase: "pour 3h", timex: "PT3H"},
		{text: "Le parcours se fait en 2 h 30 à pied.", phrase: "en 2 h 30", timex: "PT2H30M"},
		{text: "Les débats ont duré pendant 6h.", phrase: "pendant 6h", timex: "PT6H"},
		{text: "Il a tout fini en 3h.", phrase: "en 3h", timex: "PT3H"},
	})
}
