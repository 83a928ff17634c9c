package fr

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Later reads a time counted from the story's: "deux jours plus tard",
// "trois jours auparavant", "une semaine après" ("la semaine suivante" is
// Period's), and from the time told before, "deux heures plus tard", "dix
// minutes auparavant" (as precise as that time: see timeline.Resolve).
func Later() *rule.Rule {
	return rule.New("fr.later",
		`(`+count+`)(?:`+sp+`|`+apos+`)(jours?|journées?|semaines?|mois|ans?|années?|heures?|minutes?)(`+sp+`et`+sp+`demie?)?`+sp+`(plus`+sp+`tard|plus`+sp+`tôt|plus`+sp+`tot|auparavant|avant|après|apres)`,
		func(c []string) (expr.Expr, bool) {
			n, ok := numberOf(c[0])
			if !ok {
				return expr.Expr{}, false
			}
			e := expr.Expr{Type: expr.Date}
			e.Anchor = expr.AnchorPrev
			switch strings.Join(strings.Fields(rule.Fold(c[3])), " ") {
			case "auparavant", "avant", "plus tôt", "plus tot":
				n = -n
			}
			u, _, g := unitOf(c[1])
			if c[2] == "" {
				n = weekDays(n, u) // "huit jours plus tard": a week later
			}
			e.Shift = expr.Shift{N: n, Unit: u}
			e.Grain = g
			if c[2] != "" { // "un an et demi plus tard": 18 months
				h, hg, ok := expr.AndAHalf(n, u)
				if !ok {
					return expr.Expr{}, false
				}
				e.Shift, e.Grain, u = h, hg, h.Unit
			}
			if u < expr.Day {
				e.Type, e.Grain = expr.Time, expr.GrainMinute // "deux heures plus tard": 17:00
			}
			return e, true
		}).On(unitWords...)
}
