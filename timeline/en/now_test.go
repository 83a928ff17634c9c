package en

import "testing"

func TestNow(t *testing.T) {
	run(t, Now(), []tcase{
		{text: "He is currently abroad.", phrase: "currently", timex: "PRESENT_REF"},
		{text: "He recently resigned.", phrase: "recently", timex: "PAST_REF"},
		{text: "He will soon leave.", phrase: "soon", timex: "FUTURE_REF"},
	})
}
