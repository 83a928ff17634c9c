package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Later reads a day counted from the story's: "two days later", "a week
// earlier", "three days before", "a month after", and a time counted from
// the time told before: "two hours later", "ten minutes earlier" (as
// precise as that time: see timeline.Resolve). TimeML writes them as the
// duration they count (Lasts: "a week earlier" P1W).
func Later() *rule.Rule {
	return rule.New("en.later",
		`(`+count+`)(`+sp+`and`+sp+`a`+sp+`half)?`+sp+`(days?|weeks?|months?|quarters?|years?|decades?|hours?|minutes?)(`+sp+`and`+sp+`a`+sp+`half)?`+sp+`(later|earlier|before|after|afterwards|previously)`,
		func(c []string) (expr.Expr, bool) {
			n, ok := numberOf(c[0])
			if !ok {
				return expr.Expr{}, false
			}
			half := c[1]+c[3] != "" // "a year and a half later", "two and a half hours earlier"
			if c[1] != "" && c[3] != "" {
				return expr.Expr{}, false
			}
			c = []string{c[0], c[2], c[4]}
			switch rule.Fold(c[2]) {
			case "earlier", "before", "previously":
				n = -n
			}
			u, letter, g, k := unitOf(c[1])
			if u < expr.Month {
				g = expr.GrainDay // "three weeks later": the day they end on
			} // "two years later" names a year, not a day nobody wrote
			e := expr.Expr{Type: expr.Date}
			e.Anchor, e.Shift, e.Grain = expr.AnchorPrev, expr.Shift{N: n * k, Unit: u}, g
			// TimeML writes the count, anchored: "a week earlier" P1W.
			e.Lasts = lasting(n, k, letter, half)
			if half { // "a year and a half later": 18 months
				h, hg, ok := expr.AndAHalf(n*k, u)
				if !ok {
					return expr.Expr{}, false
				}
				e.Shift, e.Grain, u = h, hg, h.Unit
			}
			if u < expr.Day {
				e.Type, e.Grain = expr.Time, expr.GrainMinute // "two hours later": 5 p.m.
			}
			return e, true
		}).On(unitWords...)
}
