package fr

import "testing"

func TestAddress(t *testing.T) {
	run(t, Address(), []tcase{
		{text: "Devant le 10, rue Paul-Bert, un incendie.", phrase: "le 10", timex: "-"},
		{text: "Il habite au 14 avenue Foch.", phrase: "au 14", timex: "-"},
		{text: "Il habite rue du 4 Septembre à Paris.", phrase: "du 4 Septembre", timex: "-"},
		{text: "Rendez-vous place du 8 mai 1945.", phrase: "du 8 mai 1945", timex: "-"},
		{text: "Le 14, rue de Rivoli était fermée... le 14.", phrase: "Le 14, rue", timex: "-"},
	})
}
