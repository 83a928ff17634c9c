package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestSeason(t *testing.T) {
	run(t, Season(), []tcase{
		{text: "He came last summer.", phrase: "last summer", timex: "2021-SU"},
		// "this" is this year's, nearer or not; a winter under way.
		{text: "The new terminal will open this fall.", phrase: "this fall", timex: "2013-FA", date: "2013-03-21"},
		{text: "Sales have been weak this summer.", phrase: "this summer", timex: "2019-SU", date: "2019-07-08"},
		{text: "Heating bills have soared this winter.", phrase: "this winter", timex: "2021-WI"},
		{text: "The ski resort expects a busy season this winter.", phrase: "this winter", timex: "2019-WI", date: "2019-10-02"},
		// "in the spring" is one spring, as a month is: the tense says
		// which; "in spring" alone any.
		{text: "The bill was introduced in the spring.", phrase: "in the spring", timex: "2019-SP", date: "2019-07-08"},
		{text: "The visit will take place in the autumn, the palace said.", phrase: "in the autumn", timex: "2019-FA", date: "2019-07-08"},
		{text: "The company said it would cut jobs in the fall.", phrase: "in the fall", timex: "2019-FA", date: "2019-07-08"},
		{text: "The chain opens its first store in Ohio in the spring, a spokesman says.", phrase: "in the spring", timex: "2013-SP", date: "2013-03-21"},
		{text: "The team will travel to Japan next spring.", phrase: "next spring", timex: "2014-SP", date: "2013-04-21"},
		{text: "In spring the river floods the valley.", phrase: "In spring", timex: "XXXX-SP"},
	})
}
