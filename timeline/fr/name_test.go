package fr

import "testing"

func TestName(t *testing.T) {
	run(t, Name(), []tcase{
		{text: "Le rallye de la Toussaint a réuni 80 équipages.", phrase: "la Toussaint", timex: "-"},
		{text: "La foire de la Saint-Martin s'est tenue sous la pluie.", phrase: "la Saint-Martin", timex: "-"},
		{text: "Les militants du mouvement du 20 février ont défilé.", phrase: "du 20 février", timex: "-"},
		{text: "Depuis le printemps arabe, la région a changé de visage.", phrase: "le printemps", timex: "-"},
		{text: "Il avait manifesté au printemps de Prague.", phrase: "au printemps", timex: "-"},
		{text: "Le Printemps de Bourges a accueilli 80 concerts.", phrase: "Printemps", timex: "-"},
		{text: "Le collectif du 1er mai appelle à la grève.", phrase: "du 1er mai", timex: "-"},
		{text: "Les anciens du maquis de la Toussaint se sont retrouvés au monument.", phrase: "la Toussaint", timex: "-"},
		{text: "L'amicale du 8 mai a déposé une gerbe.", phrase: "du 8 mai", timex: "-"},
	})
}
