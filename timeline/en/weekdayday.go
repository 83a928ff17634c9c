package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// WeekdayDay reads a weekday with its day of the month and no month:
// "Tuesday 13th", "on Mon the 13th", "Friday the 4th". The month is the
// one near the article's day where that day falls on that weekday.
func WeekdayDay() *rule.Rule {
	return rule.New("en.weekday-day",
		`(?:on`+sp+`)?(`+weekday+`|`+weekdayAbbr+`)\.?,?`+sp+`(?:the`+sp+`)?(\d{1,2})(st|nd|rd|th)`,
		func(c []string) (expr.Expr, bool) {
			d, ok := dayNum(c[1])
			if !ok {
				return rule.Skip()
			}
			e := expr.Expr{Type: expr.Date}
			e.Weekday, e.Day = expr.Some(weekdayOf(c[0])), d
			return e, true
		}).On(rule.Digits)
}
