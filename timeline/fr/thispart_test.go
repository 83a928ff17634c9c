package fr

import "testing"

func TestThisPart(t *testing.T) {
	run(t, ThisPart(), []tcase{
		{text: "Il a parlé ce matin.", phrase: "ce matin", timex: "2022-01-05TMO"},
		{text: "Il parlera ce soir.", phrase: "ce soir", timex: "2022-01-05TEV"},
		{text: "Il parlera cet après-midi.", phrase: "cet après-midi", timex: "2022-01-05TAF"},
		{text: "Des tirs ont retenti cette nuit.", phrase: "cette nuit", timex: "2022-01-04TNI"},
		{text: "Des tirs ont retenti la nuit dernière.", phrase: "la nuit dernière", timex: "2022-01-04TNI"},
	})
}

func TestDayPart(t *testing.T) {
	run(t, DayPart(), []tcase{
		{text: "Il est arrivé mardi. Dans la matinée, il a parlé.", phrase: "Dans la matinée", timex: "2022-01-04TMO"},
		{text: "Il a parlé dans la soirée.", phrase: "dans la soirée", timex: "2022-01-05TEV"},
		{text: "Il a parlé en fin d'après-midi.", phrase: "en fin d'après-midi", timex: "2022-01-05TAF"},
		{text: "Il a parlé tôt dans la soirée.", phrase: "tôt dans la soirée", timex: "2022-01-05TEV"},
	})
}
