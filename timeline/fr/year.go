package fr

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Year reads a year in digits, alone or after a preposition: "en 2021",
// "depuis 1995", "2002", "fin 2021" (its last months). Only 1800 to 2099: other four-digit numbers are
// amounts.
func Year() *rule.Rule {
	return rule.New("fr.year",
		`(?:(en|depuis|dès|des|avant|après|apres|jusqu`+apos+`en|fin|début|debut|mi)(?:`+sp+`|-))?((?:18|19|20)\d\d)`,
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
