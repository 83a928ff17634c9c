package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// WeekdayDay reads a weekday with the day of the month and no month ("le
// mardi 4", "jeudi 12"), in the month around the article's day that has
// it; or with a time of day right after it ("mardi 11:00", "mardi 14h").
func WeekdayDay() *rule.Rule {
	return rule.New("fr.weekday-day",
		`(?:(?:le|ce)`+sp+`)?(`+weekday+`)`+sp+`(?:`+clockPat+`|(1er|\d{1,2}))`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Anchor = expr.AnchorDoc
			e.Weekday = expr.Some(weekdayOf(c[0]))
			if c[5] == "" {
				h, m, ok := clockOf(c[1:5])
				if !ok || (c[2] != "h" && c[2] != ":" && c[3] == "") {
					return expr.Expr{}, false
				}
				e.Type, e.Hour, e.Minute = expr.Time, expr.Some(h), m
				return e, true
			}
			d, ok := numberOf(c[5])
			if !ok || d < 1 || d > 31 {
				return expr.Expr{}, false
			}
			e.Anchor = expr.AnchorNone
			e.Day = d
			return e, true
		}).On(weekdayWords...)
}
