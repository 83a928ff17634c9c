package fr

import "testing"

func TestRecent(t *testing.T) {
	run(t, Recent(), []tcase{
		{text: "Ces derniers jours, il a plu.", phrase: "Ces derniers jours", timex: "PXD"},
		{text: "Il a plu les trois derniers mois.", phrase: "les trois derniers mois", timex: "P3M"},
	})
}
