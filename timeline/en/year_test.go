package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestYear(t *testing.T) {
	run(t, Year(), []tcase{
		{text: "Show sales in 2007 and 2009.", phrase: "2009", timex: "2009"},
		{text: "He was elected in 2021.", phrase: "in 2021", timex: "2021"},
	})
}
