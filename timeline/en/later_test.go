package en

import "testing"

// The article date of these cases is Wednesday 5 January 2022.

func TestLater(t *testing.T) {
	run(t, Later(), []tcase{
		{text: "He arrived on January 3. Two days later he left.", phrase: "Two days later", timex: "2022-01-05"},
		{text: "He arrived on January 3. Three weeks later he left.", phrase: "Three weeks later", timex: "2022-01-24"},
		// Years and months counted from a year or a month are that period,
		// not its first day.
		{text: "He was convicted in 2019 and acquitted two years later.", phrase: "two years later", timex: "2021"},
		{text: "He was arrested in March 2015; two months later he was freed.", phrase: "two months later", timex: "2015-05"},
		{text: "The firm was founded in 2001. A decade earlier, the site was a farm.", phrase: "A decade earlier", timex: "1991"},
	})
}
