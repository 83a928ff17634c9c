package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestNumeric(t *testing.T) {
	run(t, Numeric(), []tcase{
		{text: "Posted 1/5/2022.", phrase: "1/5/2022", timex: "2022-01-05"},
		{text: "Posted 2022-01-05.", phrase: "2022-01-05", timex: "2022-01-05"},
	})
}
