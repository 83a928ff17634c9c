package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestSet(t *testing.T) {
	run(t, Set(), []tcase{
		{text: "The company reports earnings every quarter.", phrase: "every quarter", timex: "P3M"},
		{text: "The board declared a quarterly dividend of 10 cents.", phrase: "quarterly", timex: "P3M"},
		{text: "The market is held every weekend.", phrase: "every weekend", timex: "XXXX-WXX-WE"},
		{text: "He swims every afternoon.", phrase: "every afternoon", timex: "XXXX-XX-XXTAF"},
		{text: "They march every Monday.", phrase: "every Monday", timex: "XXXX-WXX-1"},
		{text: "A daily briefing.", phrase: "daily", timex: "P1D"},
	})
}
