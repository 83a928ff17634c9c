package fr

import "testing"

func TestTerm(t *testing.T) {
	run(t, Term(), []tcase{
		{text: "Le quinquennat a été adopté.", phrase: "quinquennat", timex: "P5Y"},
		{text: "Il a régné un quart de siècle.", phrase: "un quart de siècle", timex: "P25Y"},
		{text: "Depuis un demi-siècle, rien.", phrase: "un demi-siècle", timex: "P50Y"},
	})
}
