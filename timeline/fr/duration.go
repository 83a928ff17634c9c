package fr

import (
	"fmt"
	"strings"

	"frise/timeline"
	"frise/timeline/rule"
)

// Duration reads a length of time: "pendant trois jours", "deux ans",
// "depuis une semaine", "quelques mois" (PXM: a number not given). A
// DURATION has a TIMEX3 value but no place on the timeline.
func Duration() *rule.Rule {
	return rule.New("fr.duration",
		`(?:(?:pendant|durant|depuis|en|pour|sur|environ|près`+sp+`de|pres`+sp+`de|plus`+sp+`de|moins`+sp+`de|au`+sp+`moins)`+sp+`)?`+
			`(`+number+`|des)`+sp+`(`+unit+`|demi-heure|quart`+sp+`d`+apos+`heure)`,
		func(c []string) (timeline.Expr, bool) {
			e := timeline.NewExpr(timeline.Duration)
			u := rule.Fold(c[1])
			switch {
			case u == "demi-heure":
				e.Timex = "PT30M"
				return e, true
			case strings.HasPrefix(u, "quart"):
				e.Timex = "PT15M"
				return e, true
			}
			_, letter, g := unitOf(u)
			e.Grain = g
			n, ok := numberOf(c[0])
			num := "X"
			if ok {
				num = fmt.Sprint(n)
			}
			switch letter {
			case "TM", "TH":
				e.Timex = "PT" + num + letter[1:]
			case "Q":
				if ok {
					num = fmt.Sprint(3 * n)
				}
				e.Timex = "P" + num + "M"
			case "CE":
				if ok {
					num = fmt.Sprint(100 * n)
				}
				e.Timex = "P" + num + "Y"
			case "DE":
				if ok {
					num = fmt.Sprint(10 * n)
				}
				e.Timex = "P" + num + "Y"
			default:
				e.Timex = "P" + num + letter
			}
			return e, true
		})
}
