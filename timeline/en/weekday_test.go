package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestWeekday(t *testing.T) {
	run(t, Weekday(), []tcase{
		{text: "She withdrew from Thursday's final.", phrase: "Thursday's", timex: "2022-01-06"},
		// Opening the sentence, the subject of its verb: its tense.
		{text: "Sunday's election drew a record turnout.", phrase: "Sunday's", timex: "2013-03-17", date: "2013-03-21"},
		{text: "Saturday's storm knocked down power lines.", phrase: "Saturday's", timex: "2022-01-01"},
		{text: "Friday's match will be played behind closed doors.", phrase: "Friday's", timex: "2022-01-07"},
		{text: "Officials said Saturday's match would go ahead.", phrase: "Saturday's", timex: "2013-03-23", date: "2013-03-21"},
		{text: "Last Thursday's storm left 20,000 homes without power.", phrase: "Last Thursday's", timex: "2021-12-30"},
		{text: "Next Monday's vote will be close.", phrase: "Next Monday's", timex: "2022-01-10"},
		// "next Thursday", said on a Wednesday, is next week's (tomorrow is
		// "Thursday"); "previous Monday", last week's; "last Monday", the
		// one just past.
		{text: "The vote is next Thursday.", phrase: "next Thursday", timex: "2022-01-13"},
		// Its first hours: the first third of the day (TIMEX3 mod START).
		{text: "In the early hours of Sunday, a fire broke out.", phrase: "In the early hours of Sunday", timex: "2022-01-02",
			interval: "2022-01-02T00:00/2022-01-02T08:00"},
		{text: "Early Monday, troops crossed the border.", phrase: "Early Monday", timex: "2022-01-03",
			interval: "2022-01-03T00:00/2022-01-03T08:00"},
		{text: "Where were you on previous Monday?", phrase: "previous Monday", timex: "2021-12-27"},
		// An end the text gives, with no verb to say otherwise, is ahead.
		{text: "Schools are closed until Monday.", phrase: "Monday", timex: "2022-01-10"},
		{text: "He stayed until Monday.", phrase: "Monday", timex: "2022-01-03"},
		{text: "After Monday's vote, he resigned.", phrase: "Monday's", timex: "2022-01-03"},
		{text: "What is your plan for next week Wednesday?", phrase: "next week Wednesday", timex: "2022-01-12"},
		{text: "The vote is this coming Friday.", phrase: "this coming Friday", timex: "2022-01-07"},
		{text: "He left this past Sunday.", phrase: "this past Sunday", timex: "2022-01-02"},
		// "this Saturday", said on a Sunday, is the coming one; a past verb
		// makes it the one just over.
		{text: "The final is this Saturday.", phrase: "this Saturday", timex: "2022-01-15", date: "2022-01-09"},
		{text: "This Saturday, police arrested three men.", phrase: "This Saturday", timex: "2022-01-08", date: "2022-01-09"},
		{text: "The vote is this Wednesday.", phrase: "this Wednesday", timex: "2022-01-05"},
		{text: "Where were you on previous Wednesday?", phrase: "previous Wednesday", timex: "2021-12-29"},
		{text: "Protests broke out on Sunday.", phrase: "on Sunday", timex: "2022-01-02"},
		{text: "The council will meet Thursday.", phrase: "Thursday", timex: "2022-01-06"},
		{text: "He left last Monday.", phrase: "last Monday", timex: "2022-01-03"},
		{text: "He arrived Tuesday evening.", phrase: "Tuesday evening", timex: "2022-01-04TEV"},
		{text: "Shots were heard on Tuesday night.", phrase: "on Tuesday night", timex: "2022-01-04TNI"},
		{text: "The Sun reported it.", phrase: "Sun", timex: "-"},
	})
}
