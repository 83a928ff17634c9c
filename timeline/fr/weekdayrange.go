package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// WeekdayRange reads a span of weekdays: "entre lundi et mercredi", "de
// lundi à jeudi", "du mardi au vendredi". The second day is the first one
// on or after the first.
func WeekdayRange() *rule.Rule {
	return rule.New("fr.weekday-range",
		`(?:entre`+sp+`(?:le`+sp+`)?(`+weekday+`)`+sp+`et`+sp+`(?:le`+sp+`)?(`+weekday+`)|(?:de|du)`+sp+`(`+weekday+`)`+sp+`(?:à|a|au)`+sp+`(`+weekday+`))`,
		func(c []string) (expr.Expr, bool) {
			w1, w2 := c[0]+c[2], c[1]+c[3]
			a := expr.Expr{Type: expr.Date}
			a.Anchor = expr.AnchorDoc
			a.Weekday = expr.Some(weekdayOf(w1))
			b := expr.Expr{Type: expr.Date}
			b.Anchor, b.Dir = expr.AnchorPrev, expr.DirFuture
			b.Weekday = expr.Some(weekdayOf(w2))
			e := expr.Expr{Type: expr.Date}
			e.Range = &[2]expr.Expr{a, b}
			return e, true
		}).On(weekdayWords...)
}
