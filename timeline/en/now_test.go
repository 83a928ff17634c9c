package en

import "testing"

func TestNow(t *testing.T) {
	run(t, Now(), []tcase{
		{text: "He is currently abroad.", phrase: "currently", timex: "PRESENT_REF"},
	})
}
