package fr

import "testing"

func TestWeekOf(t *testing.T) {
	run(t, WeekOf(), []tcase{
		{text: "La première semaine de janvier 2021 a été froide.", phrase: "La première semaine de janvier 2021", timex: "2021-W01",
			interval: "2021-01-04T00:00/2021-01-11T00:00"},
		{text: "Il partira la première semaine de mars.", phrase: "la première semaine de mars", timex: "2022-W09"},
		{text: "La dernière semaine de juillet 2021 fut chaude.", phrase: "La dernière semaine de juillet 2021", timex: "2021-W30"},
		{text: "La première semaine de 2015 fut froide.", phrase: "La première semaine de 2015", timex: "2015-W01",
			interval: "2014-12-29T00:00/2015-01-05T00:00"},
	})
}
