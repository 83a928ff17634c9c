package fr

import "testing"

func TestNightRange(t *testing.T) {
	run(t, NightRange(), []tcase{
		{text: "Elle s'est étendue dans la nuit de mardi à mercredi à Almaty.", phrase: "dans la nuit de mardi à mercredi", timex: "2022-01-04TNI"},
		{text: "Elle s'est étendue la nuit de mardi à mercredi.", phrase: "la nuit de mardi à mercredi", timex: "2022-01-04TNI"},
		{text: "Elle s'est étendue la nuit de mardi à mercredi.", phrase: "la nuit de mardi à mercredi", timex: "2022-01-04TNI", date: "2022-01-06"},
		{text: "Des tirs ont été entendus dans la nuit de samedi.", phrase: "dans la nuit de samedi", timex: "2022-01-01TNI"},
		{text: "Tout a commencé dans la nuit du lundi au mardi.", phrase: "dans la nuit du lundi au mardi", timex: "2022-01-03TNI"},
	})
}
