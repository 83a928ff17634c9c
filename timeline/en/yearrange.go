package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// YearRange reads a span of years: "from 2010 to 2018", "between 1995
// and 2001", "2014-2016", "2019 to 2020". Each year is also read on its
// own (as TIMEX3 marks the ends of a range).
func YearRange() *rule.Rule {
	return rule.New("en.year-range",
		`(?:(from|between)`+sp+`)?((?:18|19|20)\d\d)\s*(to|through|until|and|-|–)\s*((?:18|19|20)\d\d)`,
		func(c []string) (expr.Expr, bool) {
			pre, link := rule.Fold(c[0]), rule.Fold(c[2])
			if (link == "and") != (pre == "between") {
				return rule.Skip()
			}
			if e, ok := expr.YearSpanOf(c[1], c[3]); ok {
				return e, true
			}
			return rule.Skip() // "2014-2012" is no span
		}).On(rule.Year)
}
