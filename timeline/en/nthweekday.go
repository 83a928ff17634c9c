package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// NthWeekday reads a weekday counted in a period: "the first Monday of
// March", "the last Sunday of January", "the second Tuesday of next
// month", "the fourth Thursday of the month". The month or year written
// after "of" is joined by the tagger (see expr.Expr.Nth). "Last
// Sunday" without "the" is the one just past (Weekday's).
func NthWeekday() *rule.Rule {
	return rule.New("en.nth-weekday",
		`(?:the`+sp+`(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)|(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th))`+sp+`(`+weekday+`)`+
			`(?:`+sp+`of`+sp+`(?:(the|this|next|last)`+sp+`(month|year)|(`+month+`)(?:,?`+sp+`((?:19|20)\d\d))?))?`,
		func(c []string) (expr.Expr, bool) {
			n := map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
				"fifth": 5, "5th": 5, "last": -1}[rule.Fold(c[0]+c[1])]
			e := expr.Expr{Type: expr.Date}
			e.Nth, e.Weekday, e.Grain = int8(n), expr.Some(weekdayOf(c[2])), expr.GrainDay
			if c[5] != "" {
				// "the first Monday of March": "March" alone needs "in",
				// after a counted weekday it is the month.
				e.Month, e.Year, e.Grain = monthOf(c[5]), year(c[6]), expr.GrainMonth
				return e, true
			}
			if c[4] != "" {
				e.Anchor = expr.AnchorDoc
				e.Shift, e.Grain = periodOf(c[4])
				switch rule.Fold(c[3]) {
				case "next":
					e.Shift.N = 1
				case "last":
					e.Shift.N = -1
				}
			}
			return e, true
		}).On("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
}
