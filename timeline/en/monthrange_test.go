package en

import "testing"

func TestMonthRange(t *testing.T) {
	run(t, MonthRange(), []tcase{
		{text: "The June-August 1992 summer was hot.", phrase: "June-August 1992", timex: "1992-06/1992-08"},
		{text: "From March to May, it rained.", phrase: "From March to May", timex: "2021-03/2021-05"},
		{text: "Between January and March 2021, nothing.", phrase: "Between January and March 2021", timex: "2021-01/2021-03"},
		{text: "From November through February 2021 it froze.", phrase: "From November through February 2021", timex: "2020-11/2021-02"},
	})
}
