package fr

import "testing"

func TestSeason(t *testing.T) {
	run(t, Season(), []tcase{
		{text: "Il est venu l'été dernier.", phrase: "l'été dernier", timex: "2021-SU"},
		{text: "Les troubles ont été vifs.", phrase: "été", timex: "-"},
		{text: "Les Jeux d'hiver ont commencé.", phrase: "hiver", timex: "-"},
		{text: "Pendant les mois d'été, le camping est plein.", phrase: "les mois d'été", timex: "XXXX-SU"},
	})
}
