package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestDateRange(t *testing.T) {
	run(t, DateRange(), []tcase{
		{text: "From Monday Jan. 3 to Wednesday Jan. 5, it rained.", phrase: "From Monday Jan. 3 to Wednesday Jan. 5", timex: "2022-01-03/2022-01-05"},
		{text: "The fair runs from January 2 to 5.", phrase: "from January 2 to 5", timex: "2022-01-02/2022-01-05"},
		{text: "The fair runs 2-5 January 2022.", phrase: "2-5 January 2022", timex: "2022-01-02/2022-01-05"},
	})
}
