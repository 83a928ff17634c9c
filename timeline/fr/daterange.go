package fr

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// DateRange reads a span of days: "du 2 au 5 janvier", "du 28 décembre au
// 3 janvier 2022", "entre le 2 et le 5 janvier".
func DateRange() *rule.Rule {
	return rule.New("fr.date-range",
		`(?:du|entre`+sp+`le)`+sp+`(1er|\d{1,2})(?:`+sp+`(`+month+`))?`+sp+`(?:au|et`+sp+`le)`+sp+`(1er|\d{1,2})`+sp+`(`+month+`)(?:`+sp+`((?:19|20)\d\d))?`,
		func(c []string) (timeline.Expr, bool) {
			d1, _ := numberOf(c[0])
			d2, _ := numberOf(c[2])
			if d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 {
				return timeline.Expr{}, false
			}
			a, b := timeline.NewExpr(timeline.Date), timeline.NewExpr(timeline.Date)
			b.Day, b.Month = d2, monthOf(c[3])
			a.Day, a.Month = d1, b.Month
			if c[1] != "" {
				a.Month = monthOf(c[1])
			}
			if c[4] != "" {
				b.Year = year(c[4])
				a.Year = b.Year
				if a.Month > b.Month {
					a.Year--
				}
			}
			e := timeline.NewExpr(timeline.Date)
			e.Range = &[2]timeline.Expr{a, b}
			return e, true
		})
}
