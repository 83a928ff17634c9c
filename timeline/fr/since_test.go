package fr

import "testing"

func TestSince(t *testing.T) {
	run(t, Since(), []tcase{
		{text: "Voilà vingt ans que le club existe.", phrase: "Voilà vingt ans", timex: "P20Y"},
		{text: "Cela fait trois semaines qu'il pleut.", phrase: "Cela fait trois semaines", timex: "P3W"},
		{text: "Voilà une demi-heure qu'il attend.", phrase: "Voilà une demi-heure", timex: "PT30M"},
	})
}
