package en

import "testing"

func TestNow(t *testing.T) {
	run(t, Now(), []tcase{
		{text: "Prices are high these days.", phrase: "these days", timex: "PRESENT_REF"},
		{text: "It will open in the near future.", phrase: "in the near future", timex: "FUTURE_REF"},
		{text: "He is currently abroad.", phrase: "currently", timex: "PRESENT_REF"},
		{text: "He recently resigned.", phrase: "recently", timex: "PAST_REF"},
		{text: "He will soon leave.", phrase: "soon", timex: "FUTURE_REF"},
	})
}
