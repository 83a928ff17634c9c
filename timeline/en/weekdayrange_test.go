package en

import "testing"

func TestWeekdayRange(t *testing.T) {
	run(t, WeekdayRange(), []tcase{
		{text: "They marched from Monday to Wednesday.", phrase: "from Monday to Wednesday", timex: "2022-01-03/2022-01-05"},
		{text: "They marched between Monday and Wednesday.", phrase: "between Monday and Wednesday", timex: "2022-01-03/2022-01-05"},
	})
}
