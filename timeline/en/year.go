package en

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Year reads a year in digits: "in 2021", "since 1995", "2002", "early
// 2020", "the end of 1989". Only 1800 to 2099.
func Year() *rule.Rule {
	return rule.New("en.year",
		`(?:(in|since|by|until|before|after|during|early|mid|late|the`+sp+`end`+sp+`of|the`+sp+`beginning`+sp+`of|the`+sp+`middle`+sp+`of|end`+sp+`of|(?:in`+sp+`)?(?:early|mid|late))(?:-|`+sp+`))?((?:18|19|20)\d\d)`,
		func(c []string) (expr.Expr, bool) {
			y, err := strconv.Atoi(c[1])
			if err != nil {
				return expr.Expr{}, false
			}
			e := expr.Expr{Type: expr.Date}
			e.Year, e.Grain, e.Mod = y, expr.GrainYear, modOf(c[0])
			return e, true
		}).On(rule.Year)
}
