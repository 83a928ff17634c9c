package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestLater(t *testing.T) {
	run(t, Later(), []tcase{
		{text: "He arrived on January 3. Two days later he left.", phrase: "Two days later", timex: "2022-01-05"},
	})
}
