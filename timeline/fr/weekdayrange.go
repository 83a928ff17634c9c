package fr

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// WeekdayRange reads a span of weekdays: "entre lundi et mercredi", "de
// lundi à jeudi", "du mardi au vendredi". The second day is the first one
// on or after the first.
func WeekdayRange() *rule.Rule {
	return rule.New("fr.weekday-range",
		`(?:entre`+sp+`(?:le`+sp+`)?(`+weekday+`)`+sp+`et`+sp+`(?:le`+sp+`)?(`+weekday+`)|(?:de|du)`+sp+`(`+weekday+`)`+sp+`(?:à|a|au)`+sp+`(`+weekday+`))`,
		func(c []string) (timeline.Expr, bool) {
			w1, w2 := c[0]+c[2], c[1]+c[3]
			a := timeline.NewExpr(timeline.Date)
			a.Anchor = timeline.AnchorDoc
			a.Weekday = weekdayOf(w1)
			b := timeline.NewExpr(timeline.Date)
			b.Anchor, b.Dir = timeline.AnchorPrev, timeline.DirFuture
			b.Weekday = weekdayOf(w2)
			e := timeline.NewExpr(timeline.Date)
			e.Range = &[2]timeline.Expr{a, b}
			return e, true
		}).On(weekdayWords...)
}
