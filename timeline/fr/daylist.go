package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// DayList reads the days of a list that only its last day's month names:
// "les 6" and "24" in "les 6 et 13 avril", "les 24, 25 et 26 décembre".
// Each takes the month and year of the date that ends the list; the last
// one is Date's.
func DayList() *rule.Rule {
	return rule.NewFollowed("fr.day-list",
		`(?:les`+sp+`)?(1er|\d{1,2})`,
		`(?:\s*,\s*(?:1er|\d{1,2}))*\s*(?:,|et)\s*(?:1er|\d{1,2})`+sp+`(?:`+month+`)(?:$|[^\p{L}\p{N}_])`,
		func(c []string) (expr.Expr, bool) {
			d, ok := numberOf(c[0])
			if !ok || d < 1 || d > 31 {
				return rule.Skip()
			}
			e := expr.Expr{Type: expr.Date}
			e.Anchor, e.Day = expr.AnchorNext, d
			return e, true
		}).On(monthWords...)
}
