package fr

import "testing"

func TestSameDay(t *testing.T) {
	run(t, SameDay(), []tcase{
		{text: "Vers 15 h 30, hier, le feu a pris. À ce moment-là, personne n'était là.", phrase: "À ce moment-là", timex: "2022-01-04T15:30"},
		{text: "Il est arrivé lundi et reparti le jour même.", phrase: "le jour même", timex: "2022-01-03"},
		{text: "Il est arrivé lundi; le matin même, il pleuvait.", phrase: "le matin même", timex: "2022-01-03TMO"},
		{text: "Le feu a pris lundi vers 15 h 30; à ce moment-là, personne n'était là.", phrase: "à ce moment-là", timex: "2022-01-03T15:30"},
	})
}
