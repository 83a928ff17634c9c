package en

import "testing"

func TestNowadays(t *testing.T) {
	run(t, Nowadays(), []tcase{
		{text: "Even today, the town depends on the mill.", phrase: "Even today", timex: "PRESENT_REF"},
		{text: "The bridge is still today closed to trucks.", phrase: "still today", timex: "PRESENT_REF"},
		{text: "To this day, nobody has claimed the prize.", phrase: "To this day", timex: "PRESENT_REF"},
		{text: "Today more than ever, the region needs jobs.", phrase: "Today more than ever", timex: "PRESENT_REF"},
	})
}
