package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Within reads a time inside the period the story is at: "earlier in the
// day", "later in the week", "earlier in the year", "later that month".
// The text does not say where in it: the value is the whole day, week,
// month or year of the date told before (or of the article's). "Later
// that day" is ThisPart's (the end of that day).
func Within() *rule.Rule {
	return rule.New("en.within",
		`(?:earlier|later)`+sp+`in`+sp+`the`+sp+`(day|week|month|year)|(?:earlier|later)`+sp+`that`+sp+`(week|month|year)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Anchor = expr.AnchorPrev
			e.Shift, e.Grain = periodOf(c[0] + c[1])
			return e, true
		}).On("earlier", "later")
}
