package fr

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Historic reads a year before 1800, in a full date ("le 14 juillet
// 1789") or after "en", "depuis"… ("en 1515"). Date and Year read only
// 1800 to 2099, as a four-digit number is an amount as often ("le 5 mai
// 1200 manifestants ont défilé", "en 1500 exemplaires"): here the year
// must end its clause, before a punctuation mark or the end of the text.
func Historic() *rule.Rule {
	return rule.NewFollowed("fr.historic",
		`(?:(?:le|du|au)`+sp+`)?(?:(`+weekday+`)`+sp+`)?(1er|premier|\d{1,2})`+sp+`(`+month+`)`+sp+`(1[0-7]\d\d)`+
			`|(en|depuis|dès|avant|après|apres|jusqu`+apos+`en|vers)`+sp+`(1[0-7]\d\d)`,
		`\s*(?:[.,;:!?)»"]|$)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			if c[5] != "" {
				y, err := strconv.Atoi(c[5])
				if err != nil || y < 1000 {
					return expr.Expr{}, false
				}
				e.Year, e.Grain = y, expr.GrainYear
				return e, true
			}
			d, ok := numberOf(c[1])
			y, err := strconv.Atoi(c[3])
			if !ok || d < 1 || d > 31 || err != nil || y < 1000 {
				return expr.Expr{}, false
			}
			e.Year, e.Month, e.Day, e.Grain = y, monthOf(c[2]), d, expr.GrainDay
			if c[0] != "" {
				e.Weekday = expr.Some(weekdayOf(c[0]))
			}
			return e, true
		}).On(rule.Year)
}
