package fr

import "testing"

func TestNumeric(t *testing.T) {
	run(t, Numeric(), []tcase{
		{text: "Le 2022/01/03, rien ne s'est passé.", phrase: "Le 2022/01/03", timex: "2022-01-03"},
		{text: "Je serai de retour 23/12 avant 17h.", phrase: "23/12", timex: "2022-12-23"},
		{text: "Il a gagné 3/4 des voix.", phrase: "3/4", timex: "-"},
		{text: "Publié le 05/01/2022.", phrase: "le 05/01/2022", timex: "2022-01-05"},
		{text: "Publié le 2022-01-05.", phrase: "le 2022-01-05", timex: "2022-01-05"},
		{text: "Quelque 5.000 personnes.", phrase: "5.000", timex: "-"},
		{text: "Rendez-vous samedi 9/2/20.", phrase: "samedi 9/2/20", timex: "2020-02-09"},
		{text: "Rendez-vous le 8/2.", phrase: "le 8/2", timex: "2022-02-08"},
		{text: "Le score est de 8/2.", phrase: "8/2", timex: "-"},
		{text: "Je retournerai 02 04 2009 à la maison.", phrase: "02 04 2009", timex: "2009-04-02"},
		{text: "Je reviendrai 23/Sep/2020.", phrase: "23/Sep/2020", timex: "2020-09-23"},
		{text: "Je reviendrai 2020/Sep/23.", phrase: "2020/Sep/23", timex: "2020-09-23"},
	})
}
