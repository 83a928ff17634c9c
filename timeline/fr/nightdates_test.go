package fr

import "testing"

func TestNightDates(t *testing.T) {
	run(t, NightDates(), []tcase{
		{text: "Dans la nuit du 4 au 5 janvier, la ville a brûlé.", phrase: "Dans la nuit du 4 au 5 janvier", timex: "2022-01-04TNI"},
		{text: "La nuit du 31 décembre au 1er janvier 2022 fut calme.", phrase: "La nuit du 31 décembre au 1er janvier 2022", timex: "2021-12-31TNI"},
	})
}
