package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestDate(t *testing.T) {
	run(t, Date(), []tcase{
		{text: "They married on 3 Aug 96 in Leeds.", phrase: "3 Aug", timex: "2021-08-03"},
		{text: "It says 32 August 2014.", phrase: "32 August 2014", timex: "-"},
		{text: "Polls closed May 12:00.", phrase: "May 12", timex: "-"},
		{text: "The vote on May 12: a surprise.", phrase: "May 12", timex: "2021-05-12"},
		{text: "Eli Lilly sold IVAC on Dec. 31 , 1994.", phrase: "Dec. 31 , 1994", timex: "1994-12-31"},
		{text: "It happened on May eighth, 2010.", phrase: "May eighth, 2010", timex: "2010-05-08"},
		{text: "It happened on the twenty-third of December.", phrase: "the twenty-third of December", timex: "2021-12-23"},
		{text: "It happened on the thirty first of December.", phrase: "the thirty first of December", timex: "2021-12-31"},
		{text: "It happened on Jan. 5.", phrase: "Jan. 5", timex: "2022-01-05"},
		{text: "It happened on Wednesday, January 5, 2022.", phrase: "on Wednesday, January 5, 2022", timex: "2022-01-05"},
		{text: "It happened on 28 December.", phrase: "28 December", timex: "2021-12-28"},
		{text: "the 4th of July of 1995", phrase: "the 4th of July of 1995", timex: "1995-07-04"},
	})
}
