package fr

import "testing"

func TestHalf(t *testing.T) {
	run(t, Half(), []tcase{
		{text: "Au premier semestre 2021, les ventes ont chuté.", phrase: "premier semestre 2021", timex: "2021-H1",
			interval: "2021-01-01T00:00/2021-07-01T00:00"},
		{text: "Au second semestre, elles ont remonté.", phrase: "second semestre", timex: "2021-H2"},
		{text: "La première moitié de 2020 fut dure.", phrase: "première moitié de 2020", timex: "2020-H1"},
		{text: "La seconde moitié de l'année sera dure.", phrase: "seconde moitié de l'année", timex: "2022-H2"},
		{text: "Les résultats du S2 2021 sont bons.", phrase: "S2 2021", timex: "2021-H2"},
		{text: "Les ventes ont baissé au premier semestre de l'année dernière.", phrase: "premier semestre de l'année dernière", timex: "2021-H1"},
		{text: "La première moitié de l'année prochaine sera dure.", phrase: "première moitié de l'année prochaine", timex: "2023-H1"},
		{text: "La première moitié du match fut terne.", phrase: "première moitié", timex: "-"},
	})
}
