package fr

import "testing"

func TestStretch(t *testing.T) {
	run(t, Stretch(), []tcase{
		{text: "Une décision est attendue dans les prochains jours.", phrase: "dans les prochains jours", timex: "PXD"},
		{text: "Les prix ont monté au cours des derniers mois.", phrase: "au cours des derniers mois", timex: "PXM"},
		{text: "Il reviendra dans les semaines à venir.", phrase: "dans les semaines à venir", timex: "PXW"},
		{text: "Rien ne changera pendant les mois qui viennent.", phrase: "pendant les mois qui viennent", timex: "PXM"},
		{text: "Il a raconté au cours des derniers jours de la campagne.", phrase: "au cours des derniers jours", timex: "-"},
	})
}
