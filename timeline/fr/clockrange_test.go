package fr

import "testing"

func TestClockRange(t *testing.T) {
	run(t, ClockRange(), []tcase{
		{text: "Lundi, il a manifesté de 9h à 11h.", phrase: "de 9h à 11h", timex: "2022-01-03T09:00/2022-01-03T11:00"},
		{text: "Il a manifesté entre 14h et 16h.", phrase: "entre 14h et 16h", timex: "2022-01-05T14:00/2022-01-05T16:00"},
	})
}
