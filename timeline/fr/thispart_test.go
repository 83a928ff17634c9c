package fr

import "testing"

func TestThisPart(t *testing.T) {
	run(t, ThisPart(), []tcase{
		// "depuis 8 heures" before a part of the day: since 8 a.m., not a length.
		{text: "Les manifestants sont là depuis 8 heures ce matin.", phrase: "depuis 8 heures ce matin", timex: "2022-01-05T08:00"},
		{text: "Le bar est ouvert depuis 6 heures ce soir.", phrase: "depuis 6 heures ce soir", timex: "2022-01-05T18:00"},
		{text: "Il a parlé ce matin.", phrase: "ce matin", timex: "2022-01-05TMO"},
		{text: "Il parlera ce soir.", phrase: "ce soir", timex: "2022-01-05TEV"},
		{text: "Il parlera cet après-midi.", phrase: "cet après-midi", timex: "2022-01-05TAF"},
		{text: "Des tirs ont retenti cette nuit.", phrase: "cette nuit", timex: "2022-01-04TNI"},
		{text: "Des tirs ont retenti la nuit dernière.", phrase: "la nuit dernière", timex: "2022-01-04TNI"},
	})
}
