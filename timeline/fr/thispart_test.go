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
