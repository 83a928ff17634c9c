package en

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// SameTime reads "the same period last year", "the same time a year
// earlier", "the same quarter of 2020": the period told before, or the
// article's month, in that year (see expr.Expr.Same). Bare ("at the
// same time") it is no date: that is how English says "meanwhile".
func SameTime() *rule.Rule {
	return rule.New("en.same-time",
		`the`+sp+`same`+sp+`(?:period|time|month|quarter|season)`+sp+
			`(?:(?:of`+sp+`)?(last|the`+sp+`previous|the`+sp+`prior)`+sp+`year|a`+sp+`year`+sp+`(earlier|ago|before)|(?:of|in)`+sp+`((?:19|20)\d\d))`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Same, e.Anchor, e.Grain = true, expr.AnchorPrev, expr.GrainMonth
			switch {
			case rule.Fold(c[0]) == "last", rule.Fold(c[1]) == "ago":
				e.Shift = expr.Shift{N: -1, Unit: expr.Year}
			case c[0]+c[1] != "":
				e.Then = expr.Shift{N: -1, Unit: expr.Year} // "the previous year", "a year earlier": before the story's
			default:
				e.Year, _ = strconv.Atoi(c[2])
			}
			return e, true
		}).On("same")
}
