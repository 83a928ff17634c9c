package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestOvernight(t *testing.T) {
	run(t, Overnight(), []tcase{
		{text: "Unrest spread overnight Tuesday into Wednesday.", phrase: "overnight Tuesday into Wednesday", timex: "2022-01-04TNI"},
		{text: "Shots were heard overnight Tuesday.", phrase: "overnight Tuesday", timex: "2022-01-04TNI"},
	})
}
