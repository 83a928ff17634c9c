package en

import "testing"

func TestRecent(t *testing.T) {
	run(t, Recent(), []tcase{
		{text: "Prices rose in recent weeks.", phrase: "in recent weeks", timex: "PXW"},
		{text: "Prices rose over the past three days.", phrase: "over the past three days", timex: "P3D"},
	})
}
