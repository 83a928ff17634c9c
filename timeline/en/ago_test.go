package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestAgo(t *testing.T) {
	run(t, Ago(), []tcase{
		{text: "A century ago, the war ended.", phrase: "A century ago", timex: "1922"},
		{text: "Two decades ago, the country changed.", phrase: "Two decades ago", timex: "2002"},
		// Numbers in words past twenty: the whole number, not its last word.
		{text: "The plant closed twenty-one years ago.", phrase: "twenty-one years ago", timex: "2001-01-05"},
		{text: "She left thirty five days ago.", phrase: "thirty five days ago", timex: "2021-12-01"},
		{text: "The treaty was signed seventy-seven years ago.", phrase: "seventy-seven years ago", timex: "1945-01-05"},
		{text: "He will be back in twenty-one days.", phrase: "in twenty-one days", timex: "2022-01-26"},
		// A unit and a half, counted in the unit below.
		{text: "He was arrested a year and a half ago.", phrase: "a year and a half ago", timex: "2020-07-05"},
		{text: "The vote closes in two and a half hours.", phrase: "in two and a half hours", timex: "2022-01-05T12:30", date: "2022-01-05T10:00:00Z"},
		{text: "He left 12 seconds ago.", phrase: "12 seconds ago", timex: "2022-01-05T11:59:48", date: "2022-01-05T12:00"},
		{text: "He left half an hour ago.", phrase: "half an hour ago", timex: "2022-01-05T11:30", date: "2022-01-05T12:00"},
		{text: "The dam was completed a few years ago.", phrase: "a few years ago", timex: "PAST_REF"},
		{text: "Several months ago, the mayor promised to repave the road.", phrase: "Several months ago", timex: "PAST_REF"},
		{text: "Many years ago the mill employed 900 people.", phrase: "Many years ago", timex: "PAST_REF"},
		{text: "The first cases appeared a few weeks ago.", phrase: "a few weeks ago", timex: "PAST_REF"},
		{text: "He left three days ago.", phrase: "three days ago", timex: "2022-01-02"},
		{text: "He will leave in two weeks.", phrase: "in two weeks", timex: "2022-01-19"},
		// A rough count of units longer than a day names their period: a
		// day would be invented.
		{text: "About three months ago, the law was passed.", phrase: "About three months ago", timex: "2021-10"},
		{text: "He left the country more than two years ago.", phrase: "more than two years ago", timex: "2020"},
		{text: "The law was passed some three months ago.", phrase: "some three months ago", timex: "2021-10"},
		{text: "The plant will open in about two weeks.", phrase: "in about two weeks", timex: "2022-W03"},
		{text: "The law was passed three months ago.", phrase: "three months ago", timex: "2021-10-05"},
		{text: "He left about ten days ago.", phrase: "about ten days ago", timex: "2021-12-26"},
	})
}
