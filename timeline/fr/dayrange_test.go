package fr

import "testing"

func TestDayRange(t *testing.T) {
	run(t, DayRange(), []tcase{
		{text: "Le festival a lieu du 12 au 14, a-t-il dit.", phrase: "du 12 au 14", timex: "2022-01-12/2022-01-14"},
		{text: "Il a plu du 1er au 3.", phrase: "du 1er au 3", timex: "2022-01-01/2022-01-03"},
		{text: "Le taux est passé du 2 au 3 %.", phrase: "du 2 au 3", timex: "-"},
	})
}
