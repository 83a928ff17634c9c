package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Term reads the lengths French names with one word: "quinquennat",
// "septennat", "un quart de siècle", "un demi-siècle". They are
// durations (P5Y), never placed on the timeline.
func Term() *rule.Rule {
	return rule.New("fr.term",
		`(quinquennats?|septennats?|un`+sp+`quart`+sp+`de`+sp+`siècle|un`+sp+`demi-siècle)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Duration}
			e.Grain = expr.GrainYear
			switch w := rule.Fold(c[0]); {
			case w[0] == 'q':
				e.Timex = "P5Y"
			case w[0] == 's':
				e.Timex = "P7Y"
			case len(w) > 8 && w[3:8] == "quart":
				e.Timex = "P25Y"
			default:
				e.Timex = "P50Y"
			}
			return e, true
		}).On("quinquennat", "quinquennats", "septennat", "septennats", "siècle")
}
