package en

import "testing"

func TestMonthRange(t *testing.T) {
	run(t, MonthRange(), []tcase{
		{text: "From March to May, it rained.", phrase: "From March to May", timex: "2021-03/2021-05"},
		{text: "Between January and March 2021, nothing.", phrase: "Between January and March 2021", timex: "2021-01/2021-03"},
		{text: "From November through February 2021 it froze.", phrase: "From November through February 2021", timex: "2020-11/2021-02"},
	})
}
