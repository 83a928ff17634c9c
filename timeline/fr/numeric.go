package fr

import (
	"strconv"

	"frise/timeline"
	"frise/timeline/rule"
)

// Numeric reads dates in digits: "05/01/2022", "5.1.2022" (day first, as
// French writes them) and ISO "2022-01-05".
func Numeric() *rule.Rule {
	return rule.New("fr.numeric",
		`(?:(\d{1,2})([/.])(\d{1,2})([/.])(\d{4}|\d{2})|(\d{4})-(\d{2})-(\d{2}))`,
		func(c []string) (timeline.Expr, bool) {
			var d, m, y int
			if c[5] != "" {
				y, _ = strconv.Atoi(c[5])
				m, _ = strconv.Atoi(c[6])
				d, _ = strconv.Atoi(c[7])
			} else {
				if c[1] != c[3] {
					return timeline.Expr{}, false
				}
				d, _ = strconv.Atoi(c[0])
				m, _ = strconv.Atoi(c[2])
				y = year(c[4])
			}
			if m < 1 || m > 12 || d < 1 || d > 31 {
				return timeline.Expr{}, false
			}
			e := timeline.NewExpr(timeline.Date)
			e.Year, e.Month, e.Day = y, m, d
			return e, true
		})
}
