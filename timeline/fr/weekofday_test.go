package fr

import "testing"

func TestWeekOfDay(t *testing.T) {
	run(t, WeekOfDay(), []tcase{
		{text: "Le vote aura lieu la semaine du 10 janvier.", phrase: "la semaine du 10 janvier", timex: "2022-W02",
			interval: "2022-01-10T00:00/2022-01-17T00:00"},
		{text: "Il reviendra la semaine du lundi 17 janvier 2022.", phrase: "la semaine du lundi 17 janvier 2022", timex: "2022-W03"},
	})
}
