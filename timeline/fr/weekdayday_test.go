package fr

import "testing"

func TestWeekdayDay(t *testing.T) {
	run(t, WeekdayDay(), []tcase{
		{text: "C'était le mardi 4 à Almaty.", phrase: "le mardi 4", timex: "2022-01-04"},
		{text: "Il est arrivé mardi 11:00.", phrase: "mardi 11:00", timex: "2022-01-04T11:00"},
	})
}
