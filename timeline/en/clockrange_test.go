package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestClockRange(t *testing.T) {
	run(t, ClockRange(), []tcase{
		{text: "They met from 9am to 11am.", phrase: "from 9am to 11am", timex: "2022-01-05T09:00/2022-01-05T11:00"},
	})
}
