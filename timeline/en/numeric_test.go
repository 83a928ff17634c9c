package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestNumeric(t *testing.T) {
	run(t, Numeric(), []tcase{
		{text: "It closes on 5/31.", phrase: "5/31", timex: "2022-05-31"},
		{text: "He won 3/4 of the votes.", phrase: "3/4", timex: "-"},
		{text: "Released 2015.05.25 and 05.25.2015.", phrase: "2015.05.25", timex: "2015-05-25"},
		{text: "Version 1.5.10 is out.", phrase: "1.5.10", timex: "-"},
		{text: "Posted 1/5/2022.", phrase: "1/5/2022", timex: "2022-01-05"},
		{text: "Posted 2022-01-05.", phrase: "2022-01-05", timex: "2022-01-05"},
		{text: "It was 2024-13-01.", phrase: "2024-13-01", timex: "-"},
		{text: "See 2014/22/29.", phrase: "2014", timex: "-"},
		{text: "Version: 1.1.30", phrase: "1.1.30", timex: "-"},
		{text: "Posted 2022/01/05.", phrase: "2022/01/05", timex: "2022-01-05"},
	})
}
