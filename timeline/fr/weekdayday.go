package fr

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// WeekdayDay reads a weekday with the day of the month and no month: "le
// mardi 4", "jeudi 12", in the month around the article's day that has it.
func WeekdayDay() *rule.Rule {
	return rule.New("fr.weekday-day",
		`(?:(?:le|ce)`+sp+`)?(`+weekday+`)`+sp+`(1er|\d{1,2})`,
		func(c []string) (timeline.Expr, bool) {
			d, ok := numberOf(c[1])
			if !ok || d < 1 || d > 31 {
				return timeline.Expr{}, false
			}
			e := timeline.NewExpr(timeline.Date)
			e.Weekday, e.Day = weekdayOf(c[0]), d
			return e, true
		})
}
