package en

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// Later reads a day counted from the story's: "two days later", "a week
// earlier", "three days before", "a month after".
func Later() *rule.Rule {
	return rule.New("en.later",
		`(`+count+`)`+sp+`(days?|weeks?|months?|years?)`+sp+`(later|earlier|before|after|afterwards|previously)`,
		func(c []string) (timeline.Expr, bool) {
			n, ok := numberOf(c[0])
			if !ok {
				return timeline.Expr{}, false
			}
			switch rule.Fold(c[2]) {
			case "earlier", "before", "previously":
				n = -n
			}
			u, _, _, k := unitOf(c[1])
			e := timeline.NewExpr(timeline.Date)
			e.Anchor, e.Shift, e.Grain = timeline.AnchorPrev, timeline.Shift{N: n * k, Unit: u}, timeline.GrainDay
			return e, true
		}).On(unitWords...)
}
