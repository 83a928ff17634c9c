package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestClockRange(t *testing.T) {
	run(t, ClockRange(), []tcase{
		{text: "The office is open from 9 a.m. to noon.", phrase: "from 9 a.m. to noon", timex: "2022-01-05T09:00/2022-01-05T12:00"},
		{text: "The party ran from 10 p.m. to midnight.", phrase: "from 10 p.m. to midnight", timex: "2022-01-05T22:00/2022-01-06T00:00"},
		{text: "Between noon and 2 p.m., the store closes.", phrase: "Between noon and 2 p.m.", timex: "2022-01-05T12:00/2022-01-05T14:00"},
		{text: "It is open noon-2pm.", phrase: "noon-2pm", timex: "-"},
		{text: "They met from 9am to 11am.", phrase: "from 9am to 11am", timex: "2022-01-05T09:00/2022-01-05T11:00"},
		{text: "They met between 3:30-4:30pm.", phrase: "between 3:30-4:30pm", timex: "2022-01-05T15:30/2022-01-05T16:30"},
		{text: "The office opens 10am to 12pm.", phrase: "10am to 12pm", timex: "2022-01-05T10:00/2022-01-05T12:00"},
		{text: "It grew 2 to 3 times.", phrase: "2 to 3", timex: "-"},
		// One end written as a time makes the other, bare, an hour.
		{text: "It will happen between 10 and 11:30.", phrase: "between 10 and 11:30", timex: "2022-01-05T10:00/2022-01-05T11:30"},
		{text: "Polls are open from 10:30 to 3.", phrase: "from 10:30 to 3", timex: "2022-01-05T10:30/2022-01-05T15:00"},
		{text: "He was there from 8am-3.", phrase: "from 8am-3", timex: "2022-01-05T08:00/2022-01-05T15:00"},
		{text: "The bar is open 11pm-2.", phrase: "11pm-2", timex: "2022-01-05T23:00/2022-01-06T02:00"},
		// A span of hours ends at its last hour, not in the minute after.
		{text: "They met from 1 to 3pm.", phrase: "from 1 to 3pm", timex: "2022-01-05T13:00/2022-01-05T15:00", interval: "2022-01-05T13:00/2022-01-05T15:00"},
	})
}
