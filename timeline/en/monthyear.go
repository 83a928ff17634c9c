package en

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// MonthYear reads a month and year written tersely: "Sep-2012", "9/2012",
// "2024 Aug", and dates with the month in letters between numbers:
// "August-10, 2012", "August/10/2012", "8/Oct/2012", "2012/Aug/10".
func MonthYear() *rule.Rule {
	return rule.New("en.month-year",
		`(?:(\d{1,2})[-/](`+month+`)[-/]((?:19|20)\d\d)|((?:19|20)\d\d)[-/](`+month+`)[-/](\d{1,2})|(`+month+`)[-/ ]((?:19|20)\d\d)|((?:19|20)\d\d)[- ](`+month+`)|(\d{1,2})/((?:19|20)\d\d)|(`+month+`)[-/](\d{1,2})(?:,`+sp+`|[-/])((?:19|20)\d\d))`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Grain = expr.GrainMonth
			dated := func(ds, ms, ys string) (expr.Expr, bool) {
				d, ok := dayNum(ds)
				if !ok {
					return expr.Expr{}, false
				}
				e.Month, e.Day, e.Year, e.Grain = monthOf(ms), d, year(ys), expr.GrainDay
				return e, true
			}
			switch {
			case c[0] != "":
				return dated(c[0], c[1], c[2])
			case c[3] != "":
				return dated(c[5], c[4], c[3])
			case c[6] != "":
				e.Month, e.Year = monthOf(c[6]), year(c[7])
			case c[8] != "":
				e.Year, e.Month = year(c[8]), monthOf(c[9])
			case c[10] != "":
				e.Month, _ = strconv.Atoi(c[10])
				e.Year = year(c[11])
			default:
				return dated(c[13], c[12], c[14])
			}
			if e.Month < 1 || e.Month > 12 {
				return expr.Expr{}, false
			}
			return e, true
		}).On(rule.Digits)
}
