package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestClockRange(t *testing.T) {
	run(t, ClockRange(), []tcase{
		{text: "They met from 9am to 11am.", phrase: "from 9am to 11am", timex: "2022-01-05T09:00/2022-01-05T11:00"},
		{text: "They met between 3:30-4:30pm.", phrase: "between 3:30-4:30pm", timex: "2022-01-05T15:30/2022-01-05T16:30"},
		{text: "The office opens 10am to 12pm.", phrase: "10am to 12pm", timex: "2022-01-05T10:00/2022-01-05T12:00"},
		{text: "It grew 2 to 3 times.", phrase: "2 to 3", timex: "-"},
	})
}
