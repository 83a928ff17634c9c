package fr

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// Later reads a time counted from the story's day: "deux jours plus tard",
// "trois jours auparavant", "une semaine après" ("la semaine suivante" is
// Period's). Hours and minutes are left to Duration: "une heure plus tard"
// says how long, not which day.
func Later() *rule.Rule {
	return rule.New("fr.later",
		`(`+count+`)(?:`+sp+`|`+apos+`)(jours?|journées?|semaines?|mois|ans?|années?)`+sp+`(plus`+sp+`tard|plus`+sp+`tôt|plus`+sp+`tot|auparavant|avant|après|apres)`,
		func(c []string) (timeline.Expr, bool) {
			n, ok := numberOf(c[0])
			if !ok {
				return timeline.Expr{}, false
			}
			e := timeline.NewExpr(timeline.Date)
			e.Anchor = timeline.AnchorPrev
			switch rule.Fold(c[2]) {
			case "auparavant", "avant", "plus tôt", "plus tot":
				n = -n
			}
			u, _, g := unitOf(c[1])
			e.Shift = timeline.Shift{N: n, Unit: u}
			e.Grain = g
			return e, true
		}).On(unitWords...)
}
