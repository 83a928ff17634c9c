package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestAgo(t *testing.T) {
	run(t, Ago(), []tcase{
		{text: "He left 12 seconds ago.", phrase: "12 seconds ago", timex: "2022-01-05T11:59:48", date: "2022-01-05T12:00"},
		{text: "He left half an hour ago.", phrase: "half an hour ago", timex: "2022-01-05T11:30", date: "2022-01-05T12:00"},
		{text: "He left three days ago.", phrase: "three days ago", timex: "2022-01-02"},
		{text: "He will leave in two weeks.", phrase: "in two weeks", timex: "2022-01-19"},
	})
}
