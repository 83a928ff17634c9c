package fr

import "testing"

func TestDecade(t *testing.T) {
	run(t, Decade(), []tcase{
		{text: "Au début des années 2000, la ville a grandi.", phrase: "Au début des années 2000", timex: "200X",
			interval: "2000-01-01T00:00/2004-01-01T00:00"},
		{text: "C'était à la fin des années 80.", phrase: "à la fin des années 80", timex: "198X"},
		{text: "Dans les années 1990, la ville a grandi.", phrase: "les années 1990", timex: "199X",
			interval: "1990-01-01T00:00/2000-01-01T00:00"},
		{text: "Un tube des années 80.", phrase: "des années 80", timex: "198X"},
		{text: "La musique des années soixante.", phrase: "des années soixante", timex: "196X"},
		{text: "Les années soixante-dix ont suivi.", phrase: "Les années soixante-dix", timex: "197X"},
		{text: "Au cours des années quatre-vingt-dix.", phrase: "des années quatre-vingt-dix", timex: "199X"},
		{text: "Au début des années 2010, rien.", phrase: "Au début des années 2010", timex: "201X"},
		{text: "Il y a vingt années de cela.", phrase: "années de", timex: "-"},
	})
}
