package fr

import "testing"

func TestVeille(t *testing.T) {
	run(t, Veille(), []tcase{
		{text: "Il est parti la veille.", phrase: "la veille", timex: "2022-01-04"},
		{text: "Le 3 janvier, il est parti; la veille, il avait parlé.", phrase: "la veille", timex: "2022-01-02"},
		{text: "Il partira le 10 janvier; la veille, il parlera.", phrase: "la veille", timex: "2022-01-09"},
		{text: "Il est arrivé mardi et reparti le lendemain.", phrase: "le lendemain", timex: "2022-01-05"},
		{text: "Il est arrivé dimanche et reparti le surlendemain.", phrase: "le surlendemain", timex: "2022-01-04"},
		{text: "Il est arrivé mardi; l’avant-veille il pleuvait.", phrase: "l’avant-veille", timex: "2022-01-02"},
		{text: "Il est arrivé mardi; la veille au soir il pleuvait.", phrase: "la veille au soir", timex: "2022-01-03TEV"},
		{text: "L'accident a eu lieu le 2 janvier. Le jour suivant, la route a rouvert.", phrase: "Le jour suivant", timex: "2022-01-03"},
		{text: "Elle a voté dimanche; le jour précédent, elle avait manifesté.", phrase: "le jour précédent", timex: "2022-01-01"},
		{text: "Il est rentré lundi, et le jour d'après il repartait.", phrase: "le jour d'après", timex: "2022-01-04"},
		{text: "Le scrutin s'est tenu dimanche. Au lendemain du vote, la gauche a réagi.", phrase: "Au lendemain", timex: "2022-01-03"},
	})
}
