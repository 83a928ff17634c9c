package en

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// Later reads a day counted from the story's: "two days later", "a week
// earlier", "three days before", "a month after", and a time counted from
// the time told before: "two hours later", "ten minutes earlier" (as
// precise as that time: see timeline.Resolve).
func Later() *rule.Rule {
	return rule.New("en.later",
		`(`+count+`)(`+sp+`and`+sp+`a`+sp+`half)?`+sp+`(days?|weeks?|months?|years?|decades?|hours?|minutes?)(`+sp+`and`+sp+`a`+sp+`half)?`+sp+`(later|earlier|before|after|afterwards|previously)`,
		func(c []string) (timeline.Expr, bool) {
			n, ok := numberOf(c[0])
			if !ok {
				return timeline.Expr{}, false
			}
			half := c[1]+c[3] != "" // "a year and a half later", "two and a half hours earlier"
			if c[1] != "" && c[3] != "" {
				return timeline.Expr{}, false
			}
			c = []string{c[0], c[2], c[4]}
			switch rule.Fold(c[2]) {
			case "earlier", "before", "previously":
				n = -n
			}
			u, _, g, k := unitOf(c[1])
			if u < timeline.Month {
				g = timeline.GrainDay // "three weeks later": the day they end on
			} // "two years later" names a year, not a day nobody wrote
			e := timeline.NewExpr(timeline.Date)
			e.Anchor, e.Shift, e.Grain = timeline.AnchorPrev, timeline.Shift{N: n * k, Unit: u}, g
			if half { // "a year and a half later": 18 months
				h, hg, ok := timeline.AndAHalf(n*k, u)
				if !ok {
					return timeline.Expr{}, false
				}
				e.Shift, e.Grain, u = h, hg, h.Unit
			}
			if u < timeline.Day {
				e.Type, e.Grain = timeline.Time, timeline.GrainMinute // "two hours later": 5 p.m.
			}
			return e, true
		}).On(unitWords...)
}
