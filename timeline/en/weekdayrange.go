package en

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// WeekdayRange reads a span of weekdays: "from Monday to Wednesday",
// "between Monday and Wednesday", "Monday through Friday".
func WeekdayRange() *rule.Rule {
	return rule.New("en.weekday-range",
		`(?:(from|between)`+sp+`)?(`+weekday+`)`+sp+`(to|through|until|and|-)`+sp+`(`+weekday+`)`,
		func(c []string) (timeline.Expr, bool) {
			pre, link := rule.Fold(c[0]), rule.Fold(c[2])
			if (link == "and") != (pre == "between") || (pre == "" && link == "until") {
				return rule.Skip()
			}
			a := timeline.NewExpr(timeline.Date)
			a.Anchor, a.Weekday = timeline.AnchorDoc, weekdayOf(c[1])
			b := timeline.NewExpr(timeline.Date)
			b.Anchor, b.Dir, b.Weekday = timeline.AnchorPrev, timeline.DirFuture, weekdayOf(c[3])
			e := timeline.NewExpr(timeline.Date)
			e.Range = &[2]timeline.Expr{a, b}
			return e, true
		}).On(weekdayWords...)
}
