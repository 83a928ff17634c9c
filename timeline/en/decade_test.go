package en

import "testing"

func TestDecade(t *testing.T) {
	run(t, Decade(), []tcase{
		{text: "It happened in the mid-1990s.", phrase: "the mid-1990s", timex: "199", interval: "1993-01-01T00:00/1997-01-01T00:00"},
		{text: "Prices fell in the late 1980s.", phrase: "the late 1980s", timex: "198", interval: "1986-01-01T00:00/1990-01-01T00:00"},
		{text: "In the 1990s, the city grew.", phrase: "the 1990s", timex: "199"},
		{text: "A hit of the '80s.", phrase: "the '80s", timex: "198"},
		{text: "Music from the 60s.", phrase: "the 60s", timex: "196"},
		{text: "He is in his 90s.", phrase: "90s", timex: "-"},
		{text: "In the eighties the market boomed.", phrase: "the eighties", timex: "198"},
		{text: "The band formed in the late sixties.", phrase: "the late sixties", timex: "196",
			interval: "1966-01-01T00:00/1970-01-01T00:00"},
		{text: "He is in his eighties.", phrase: "eighties", timex: "-"},
	})
}
