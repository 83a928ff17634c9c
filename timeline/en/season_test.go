package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestSeason(t *testing.T) {
	run(t, Season(), []tcase{
		{text: "He came last summer.", phrase: "last summer", timex: "2021-SU"},
	})
}
