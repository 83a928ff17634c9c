package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// WeekdayRange reads a span of weekdays: "from Monday to Wednesday",
// "between Monday and Wednesday", "Monday through Friday".
func WeekdayRange() *rule.Rule {
	return rule.New("en.weekday-range",
		`(?:(from|between)`+sp+`)?(`+weekday+`)`+sp+`(to|through|until|and|-)`+sp+`(`+weekday+`)`,
		func(c []string) (expr.Expr, bool) {
			pre, link := rule.Fold(c[0]), rule.Fold(c[2])
			if (link == "and") != (pre == "between") || (pre == "" && link == "until") {
				return rule.Skip()
			}
			a := expr.Expr{Type: expr.Date}
			a.Anchor, a.Weekday = expr.AnchorDoc, expr.Some(weekdayOf(c[1]))
			b := expr.Expr{Type: expr.Date}
			b.Anchor, b.Dir, b.Weekday = expr.AnchorPrev, expr.DirFuture, expr.Some(weekdayOf(c[3]))
			e := expr.Expr{Type: expr.Date}
			e.Range = &[2]expr.Expr{a, b}
			return e, true
		}).On(weekdayWords...)
}
