package fr

import "testing"

func TestNocturnal(t *testing.T) {
	run(t, Nocturnal(), []tcase{
		{text: "Quelques explosions nocturnes de grenades.", phrase: "nocturnes", timex: "TNI"},
	})
}
