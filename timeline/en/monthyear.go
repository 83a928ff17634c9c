package en

import (
	"strconv"

	"frise/timeline"
	"frise/timeline/rule"
)

// MonthYear reads a month and year written tersely: "Sep-2012", "9/2012",
// "2024 Aug", and a date led by its month with dashes or slashes:
// "August-10, 2012", "August/10/2012".
func MonthYear() *rule.Rule {
	return rule.New("en.month-year",
		`(?:(`+month+`)[-/ ]((?:19|20)\d\d)|((?:19|20)\d\d)[- ](`+month+`)|(\d{1,2})/((?:19|20)\d\d)|(`+month+`)[-/](\d{1,2})(?:,`+sp+`|[-/])((?:19|20)\d\d))`,
		func(c []string) (timeline.Expr, bool) {
			e := timeline.NewExpr(timeline.Date)
			e.Grain = timeline.GrainMonth
			switch {
			case c[0] != "":
				e.Month, e.Year = monthOf(c[0]), year(c[1])
			case c[2] != "":
				e.Year, e.Month = year(c[2]), monthOf(c[3])
			case c[4] != "":
				e.Month, _ = strconv.Atoi(c[4])
				e.Year = year(c[5])
			default:
				d, ok := dayNum(c[7])
				if !ok {
					return timeline.Expr{}, false
				}
				e.Month, e.Day, e.Year, e.Grain = monthOf(c[6]), d, year(c[8]), timeline.GrainDay
			}
			if e.Month < 1 || e.Month > 12 {
				return timeline.Expr{}, false
			}
			return e, true
		}).On(rule.Digits)
}
