package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// WeekOfDay reads the week a day falls in: "the week of April 10th", "the
// week of Monday, Jan. 3, 2022", "the week beginning (commencing, starting
// on) February 4": the ISO week holding that day.
func WeekOfDay() *rule.Rule {
	return rule.New("en.week-of-day",
		`(?:the`+sp+`)?week`+sp+`(?:of|beginning|commencing|starting(?:`+sp+`on)?)`+sp+`(?:(`+weekday+`|`+weekdayAbbr+`)\.?,?`+sp+`)?(`+month+`)`+sp+ordinal+`(?:,?`+sp+`((?:19|20)\d\d))?`,
		func(c []string) (expr.Expr, bool) {
			d, ok := dayNum(c[2])
			if !ok {
				return expr.Expr{}, false
			}
			e := expr.Expr{Type: expr.Date}
			e.Day, e.Month, e.Grain = d, monthOf(c[1]), expr.GrainWeek
			if c[3] != "" {
				e.Year = year(c[3])
			}
			if c[0] != "" {
				e.Weekday = expr.Some(weekdayOf(c[0]))
			}
			return e, true
		}).On("week")
}
