package fr

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// WeekOfDay reads the week a day falls in: "la semaine du 10 janvier",
// "la semaine du lundi 3 janvier 2022": the ISO week holding that day.
func WeekOfDay() *rule.Rule {
	return rule.New("fr.week-of-day",
		`(?:la`+sp+`)?semaine`+sp+`du`+sp+`(?:(`+weekday+`)`+sp+`)?(1er|\d{1,2})`+sp+`(`+month+`)(?:`+sp+`((?:19|20)\d\d))?`,
		func(c []string) (expr.Expr, bool) {
			d := 1
			if c[1] != "1er" {
				d, _ = strconv.Atoi(c[1])
			}
			if d < 1 || d > 31 {
				return expr.Expr{}, false
			}
			e := expr.Expr{Type: expr.Date}
			e.Day, e.Month, e.Year, e.Grain = d, monthOf(c[2]), year(c[3]), expr.GrainWeek
			if c[0] != "" {
				e.Weekday = expr.Some(weekdayOf(c[0]))
			}
			return e, true
		}).On("semaine")
}
