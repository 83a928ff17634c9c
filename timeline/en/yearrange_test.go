package en

import "testing"

func TestYearRange(t *testing.T) {
	run(t, YearRange(), []tcase{
		{text: "The team won the title in the 1983-84 season.", phrase: "1983-84", timex: "1983/1984"},
		{text: "From 2010 to 2018, sales grew.", phrase: "From 2010 to 2018", timex: "2010/2018"},
		{text: "Between 2015 and 2018, sales grew.", phrase: "Between 2015 and 2018", timex: "2015/2018"},
		{text: "In 2014-2016 sales grew.", phrase: "2014-2016", timex: "2014/2016"},
		{text: "Sales grew 2019 to 2020.", phrase: "2019 to 2020", timex: "2019/2020"},
	})
}
