package fr

import "testing"

func TestDayPart(t *testing.T) {
	run(t, DayPart(), []tcase{
		{text: "Dans la soirée de samedi, il a dit.", phrase: "Dans la soirée de samedi", timex: "2022-01-01TEV"},
		{text: "En fin de matinée mardi, la police est intervenue.", phrase: "En fin de matinée mardi", timex: "2022-01-04TMO"},
		{text: "Jeudi en fin de journée, le verdict tombera.", phrase: "Jeudi en fin de journée", timex: "2022-01-06TEV"},
		{text: "Le 3 janvier en début de soirée, il est parti.", phrase: "Le 3 janvier en début de soirée", timex: "2022-01-03TEV"},
		// A night of the story's own day told in the past is the one that
		// ended this morning; of a day told before, that day's.
		{text: "Les manifestants ont été dispersés dans la nuit.", phrase: "dans la nuit", timex: "2022-01-04TNI"},
		{text: "Les manifestants seront dispersés dans la nuit.", phrase: "dans la nuit", timex: "2022-01-05TNI"},
		{text: "Les pompiers ont été appelés en pleine nuit.", phrase: "en pleine nuit", timex: "2022-01-04TNI"},
		{text: "Le braquage a eu lieu en plein après-midi.", phrase: "en plein après-midi", timex: "2022-01-05TAF"},
		{text: "Le 2 janvier, la police a chargé. Dans la nuit, des tirs ont été entendus.", phrase: "Dans la nuit", timex: "2022-01-02TNI"},
		{text: "Dans la matinée d'hier, il a dit.", phrase: "Dans la matinée d'hier", timex: "2022-01-04TMO"},
		{text: "Il est arrivé mardi. Dans la matinée, il a parlé.", phrase: "Dans la matinée", timex: "2022-01-04TMO"},
		{text: "Il a parlé dans la soirée.", phrase: "dans la soirée", timex: "2022-01-05TEV"},
		{text: "Il a parlé en fin d'après-midi.", phrase: "en fin d'après-midi", timex: "2022-01-05TAF"},
		{text: "Il a parlé tôt dans la soirée.", phrase: "tôt dans la soirée", timex: "2022-01-05TEV"},
	})
}
