package en

import "testing"

func TestCentury(t *testing.T) {
	run(t, Century(), []tcase{
		{text: "It was built in the 19th century.", phrase: "the 19th century", timex: "18"},
		{text: "The twenty-first century began.", phrase: "The twenty-first century", timex: "20"},
		{text: "In the 4th century BC, Athens.", phrase: "4th century", timex: "-"},
	})
}
