package fr

import "testing"

func TestRentree(t *testing.T) {
	run(t, Rentree(), []tcase{
		{text: "Le procès pourrait être renvoyé à la rentrée.", phrase: "à la rentrée", timex: "2022-09",
			interval: "2022-09-01T00:00/2022-09-11T00:00"},
		{text: "Il avait démissionné avant la rentrée scolaire 2021.", phrase: "avant la rentrée scolaire 2021", timex: "2021-09"},
		{text: "La rentrée politique s'annonce tendue.", phrase: "rentrée", timex: "-"},
	})
}
