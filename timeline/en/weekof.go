package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// WeekOf reads a week counted in a month or a year: "the first week of
// January", "the last week of July 2021", "3rd week of Jan", "the first
// week of 2015". A week is the one (Monday to Sunday) holding the month's
// n-th Thursday, as ISO 8601 counts a year's weeks (see timeline.WeekOf).
func WeekOf() *rule.Rule {
	return rule.New("en.week-of",
		`(?:the`+sp+`)?(first|second|third|fourth|last|final|1st|2nd|3rd|4th)`+sp+`week`+sp+`of`+sp+
			`(?:(`+month+`)(?:,?`+sp+`((?:19|20)\d\d))?|((?:19|20)\d\d))`,
		func(c []string) (expr.Expr, bool) {
			n := 0
			switch rule.Fold(c[0]) {
			case "first", "1st":
				n = 1
			case "second", "2nd":
				n = 2
			case "third", "3rd":
				n = 3
			case "fourth", "4th":
				n = 4
			}
			return expr.WeekOf(n, monthOf(c[1]), year(c[2]+c[3])), true
		}).On("week")
}
