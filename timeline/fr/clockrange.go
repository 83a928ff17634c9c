package fr

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// ClockRange reads a span of hours: "de 9h à 11h", "entre 14h et 16h",
// "13h-15h", "de 6:30pm à 11:00pm", on the day the story is at.
func ClockRange() *rule.Rule {
	return rule.New("fr.clock-range",
		`(?:(de|entre)`+sp+`)?`+clockPat+`\s*(à|a|au|et|-|–)\s*`+clockPat,
		func(c []string) (timeline.Expr, bool) {
			pre, link := rule.Fold(c[0]), rule.Fold(c[5])
			if (link == "et") != (pre == "entre") || (pre == "" && link != "-" && link != "–") {
				return timeline.Expr{}, false
			}
			h1, m1, ok1 := clockOf(c[1:5])
			h2, m2, ok2 := clockOf(c[6:10])
			if !ok1 || !ok2 || c[2] == "" && c[7] == "" {
				return timeline.Expr{}, false
			}
			a, b := timeline.NewExpr(timeline.Time), timeline.NewExpr(timeline.Time)
			for _, x := range []*timeline.Expr{&a, &b} {
				x.Anchor, x.Shift = timeline.AnchorPrev, timeline.Shift{Unit: timeline.Day}
			}
			a.Hour, a.Minute, b.Hour, b.Minute = h1, m1, h2, m2
			e := timeline.NewExpr(timeline.Time)
			e.Anchor = timeline.AnchorPrev
			e.Range = &[2]timeline.Expr{a, b}
			return e, true
		}).On(clockWords...)
}
