package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestWithin(t *testing.T) {
	run(t, Within(), []tcase{
		{text: "Earlier in the day, police fired tear gas.", phrase: "Earlier in the day", timex: "2022-01-05"},
		{text: "On January 3 he spoke. Later in the day he resigned.", phrase: "Later in the day", timex: "2022-01-03"},
		{text: "We met earlier in the week.", phrase: "earlier in the week", timex: "2022-W01"},
		{text: "He was elected in 2019 and resigned later that year.", phrase: "later that year", timex: "2019"},
		{text: "They will meet later in the year.", phrase: "later in the year", timex: "2022"},
	})
}
