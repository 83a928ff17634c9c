package en

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// SameTime reads "the same period last year", "the same time a year
// earlier", "the same quarter of 2020", "the comparable period last
// year", "the corresponding 1988 quarter": the period told before, or
// the article's month, in that year (see expr.Expr.Same). "The
// comparable period" alone is the one a year before, as business copy
// means it. "The same time" alone ("at the same time") is no date: that
// is how English says "meanwhile".
func SameTime() *rule.Rule {
	return rule.New("en.same-time",
		`the`+sp+`(same|comparable|corresponding)`+sp+`(?:period|time|month|quarter|season)`+
			`(?:`+sp+`(?:(?:of`+sp+`)?(last|the`+sp+`previous|the`+sp+`prior)`+sp+`year|a`+sp+`year`+sp+`(earlier|ago|before)|(?:of|in)`+sp+`((?:19|20)\d\d)))?`+
			`|the`+sp+`(?:comparable|corresponding)`+sp+`((?:19|20)\d\d)`+sp+`(?:period|quarter)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Same, e.Anchor, e.Grain = true, expr.AnchorPrev, expr.GrainMonth
			same := rule.Fold(c[0]) == "same"
			if c[4] != "" {
				c[3] = c[4] // "the comparable 1988 quarter"
			}
			c = c[1:]
			switch {
			case same && c[0]+c[1]+c[2] == "":
				return rule.Skip() // "at the same time": "meanwhile"
			case c[0]+c[1]+c[2] == "":
				// "the comparable period", in business copy: the period
				// told before, a year earlier.
				e.Then = expr.Shift{N: -1, Unit: expr.Year}
			case rule.Fold(c[0]) == "last", rule.Fold(c[1]) == "ago":
				e.Shift = expr.Shift{N: -1, Unit: expr.Year}
			case c[0]+c[1] != "":
				e.Then = expr.Shift{N: -1, Unit: expr.Year} // "the previous year", "a year earlier": before the story's
			default:
				e.Year, _ = strconv.Atoi(c[2])
			}
			return e, true
		}).On("same", "comparable", "corresponding")
}
