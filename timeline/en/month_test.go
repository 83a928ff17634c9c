package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestMonth(t *testing.T) {
	run(t, Month(), []tcase{
		{text: "The Fed could raise rates as early as March.", phrase: "as early as March", timex: "2022-03", interval: "2022-03-01T00:00/2022-04-01T00:00"},
		{text: "Maybe we can leave after Feb, they said.", phrase: "after Feb", timex: "2022-02"},
		{text: "It started in early January.", phrase: "in early January", timex: "2022-01"},
		{text: "It started in December.", phrase: "in December", timex: "2021-12"},
		{text: "You may go.", phrase: "may", timex: "-"},
		{text: "February 151998", phrase: "February", timex: "-"},
		{text: "Polls close in May 12:00 local time.", phrase: "in May 12", timex: "-"},
	})
}
