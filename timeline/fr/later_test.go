package fr

import "testing"

func TestLater(t *testing.T) {
	run(t, Later(), []tcase{
		{text: "Le 2 janvier il est parti; deux jours plus tard il est revenu.", phrase: "deux jours plus tard", timex: "2022-01-04"},
		{text: "Le 4 janvier il est parti; trois jours auparavant il avait parlé.", phrase: "trois jours auparavant", timex: "2022-01-01"},
	})
}
