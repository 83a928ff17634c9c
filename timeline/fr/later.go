package fr

import (
	"strings"

	"frise/timeline"
	"frise/timeline/rule"
)

// Later reads a time counted from the story's: "deux jours plus tard",
// "trois jours auparavant", "une semaine après" ("la semaine suivante" is
// Period's), and from the time told before, "deux heures plus tard", "dix
// minutes auparavant" (as precise as that time: see timeline.Resolve).
func Later() *rule.Rule {
	return rule.New("fr.later",
		`(`+count+`)(?:`+sp+`|`+apos+`)(jours?|journées?|semaines?|mois|ans?|années?|heures?|minutes?)(`+sp+`et`+sp+`demie?)?`+sp+`(plus`+sp+`tard|plus`+sp+`tôt|plus`+sp+`tot|auparavant|avant|après|apres)`,
		func(c []string) (timeline.Expr, bool) {
			n, ok := numberOf(c[0])
			if !ok {
				return timeline.Expr{}, false
			}
			e := timeline.NewExpr(timeline.Date)
			e.Anchor = timeline.AnchorPrev
			switch strings.Join(strings.Fields(rule.Fold(c[3])), " ") {
			case "auparavant", "avant", "plus tôt", "plus tot":
				n = -n
			}
			u, _, g := unitOf(c[1])
			if c[2] == "" {
				n = weekDays(n, u) // "huit jours plus tard": a week later
			}
			e.Shift = timeline.Shift{N: n, Unit: u}
			e.Grain = g
			if c[2] != "" { // "un an et demi plus tard": 18 months
				h, hg, ok := timeline.AndAHalf(n, u)
				if !ok {
					return timeline.Expr{}, false
				}
				e.Shift, e.Grain, u = h, hg, h.Unit
			}
			if u < timeline.Day {
				e.Type, e.Grain = timeline.Time, timeline.GrainMinute // "deux heures plus tard": 17:00
			}
			return e, true
		}).On(unitWords...)
}
