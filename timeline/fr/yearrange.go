package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// YearRange reads a span of years: "de 2010 à 2018", "entre 1995 et
// 2001", "2014-2016". Each year is also read on its own (as TIMEX3 marks
// the ends of a range).
func YearRange() *rule.Rule {
	return rule.New("fr.year-range",
		`(?:(de|entre)`+sp+`)?((?:18|19|20)\d\d)\s*(à|a|au|et|-|–)\s*((?:18|19|20)\d\d)`,
		func(c []string) (expr.Expr, bool) {
			pre, link := rule.Fold(c[0]), rule.Fold(c[2])
			if (link == "et") != (pre == "entre") || (pre == "" && link != "-" && link != "–") {
				return rule.Skip()
			}
			if e, ok := expr.YearSpanOf(c[1], c[3]); ok {
				return e, true
			}
			return rule.Skip() // "2014-2012" is no span
		}).On(rule.Year)
}
