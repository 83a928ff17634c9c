package fr

import "testing"

func TestWeekdayRange(t *testing.T) {
	run(t, WeekdayRange(), []tcase{
		{text: "Ils ont manifesté entre lundi et mercredi.", phrase: "entre lundi et mercredi", timex: "2022-01-03/2022-01-05"},
	})
}
