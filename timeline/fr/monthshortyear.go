package fr

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// MonthShortYear reads a month with its year in two digits: "en mars 89",
// "fin octobre 02", "juin 75". The century is the reader's, as for
// ShortYear ("en 89"), and the number must end its clause or come before a
// word that cannot count it, as there: "le 5 mars 12 personnes" is a
// count. ("octobre 98", a year of the nineties, is Month's too.)
func MonthShortYear() *rule.Rule {
	return rule.NewFollowed("fr.month-short-year",
		`(?:(en|début|debut|fin|courant|mi|dès|des)(?:-|`+sp+`))?(`+month+`)`+sp+apos+`?(\d\d)`,
		shortYearFollow,
		func(c []string) (expr.Expr, bool) {
			y, err := strconv.Atoi(c[2])
			if err != nil || y == 0 {
				return rule.Skip()
			}
			e := expr.Expr{Type: expr.Date}
			e.Month, e.Year, e.Grain = monthOf(rule.Fold(c[1])), y, expr.GrainMonth
			if pre := rule.Fold(c[0]); pre != "en" && pre != "courant" && pre != "des" && pre != "dès" {
				e.Mod = modOf(pre)
			}
			return e, true
		}).On(monthWords...)
}
