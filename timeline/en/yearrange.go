package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// YearRange reads a span of years: "from 2010 to 2018", "between 1995 and
// 2001", "2014-2016", "2019 to 2020", "the 1983-84 season". Each year is
// also read on its own (as TIMEX3 marks the ends of a range).
func YearRange() *rule.Rule {
	return rule.NewFollowed("en.year-range",
		`(?:(from|between)`+sp+`)?((?:18|19|20)\d\d)(?:\s*(to|through|until|and|-|–)\s*((?:18|19|20)\d\d)|([-–])(\d\d))`,
		// Two digits end no date or number ("2018-10-24", "1983-84/85").
		`[\s\x{00a0}\x{202f};:!?)»]|[,.](?:\D|$)|$`,
		func(c []string) (expr.Expr, bool) {
			if c[5] != "" {
				c = []string{c[0], c[1], c[4], c[5]} // "1983-84"
			}
			pre, link := rule.Fold(c[0]), rule.Fold(c[2])
			if (link == "and") != (pre == "between") {
				return rule.Skip()
			}
			if e, ok := expr.YearSpanOf(c[1], c[3]); ok {
				return e, true
			}
			if len(c[3]) == 2 {
				return rule.Skip() // "1983-99": no season; the year alone is read
			}
			return rule.Skip() // "2014-2012" is no span
		}).On(rule.Year)
}
