package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestSet(t *testing.T) {
	run(t, Set(), []tcase{
		{text: "They march every Monday.", phrase: "every Monday", timex: "XXXX-WXX-1"},
		{text: "A daily briefing.", phrase: "daily", timex: "P1D"},
	})
}
