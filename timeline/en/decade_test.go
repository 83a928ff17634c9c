package en

import "testing"

func TestDecade(t *testing.T) {
	run(t, Decade(), []tcase{
		{text: "In the 1990s, the city grew.", phrase: "the 1990s", timex: "199"},
		{text: "A hit of the '80s.", phrase: "the '80s", timex: "198"},
		{text: "Music from the 60s.", phrase: "the 60s", timex: "196"},
		{text: "He is in his 90s.", phrase: "90s", timex: "-"},
	})
}
