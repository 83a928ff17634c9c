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
		{text: "He was arrested in March 2019 and freed a year and a half later.", phrase: "a year and a half later", timex: "2020-09"},
		{text: "Police arrived at 3 p.m. An hour and a half later, the fire was out.", phrase: "An hour and a half later", timex: "2022-01-05T16:30"},
		// Hours and minutes counted from a time are a time; from a day, a
		// length (the day does not say the hour).
		{text: "Police arrived at 3 p.m. Two hours later, the fire was out.", phrase: "Two hours later", timex: "2022-01-05T17:00"},
		{text: "The blast came at 9:40 a.m.; ten minutes earlier, a call had warned of it.", phrase: "ten minutes earlier", timex: "2022-01-05T09:30"},
		{text: "On Monday police arrived. Two hours later, the fire was out.", phrase: "Two hours later", timex: "PT2H"},
	})
}
