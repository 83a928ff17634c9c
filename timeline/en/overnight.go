package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Overnight reads the night between two days: "overnight Tuesday into
// Wednesday", "overnight Tuesday", "the night of Tuesday to Wednesday",
// "Tuesday night into Wednesday", "late Tuesday". The night starts on the
// first day (TIMEX3 "…TNI").
func Overnight() *rule.Rule {
	return rule.New("en.overnight",
		`(?:(?:overnight|late)`+sp+`(?:on`+sp+`)?(`+weekday+`)(?:`+sp+`night)?|(?:on`+sp+`)?(?:the`+sp+`)?night`+sp+`of`+sp+`(`+weekday+`)|(`+weekday+`)`+sp+`night)`+
			`(?:`+sp+`(?:into|to|and|through)`+sp+`(?:early`+sp+`)?(`+weekday+`)(?:`+sp+`morning)?)?`,
		func(c []string) (expr.Expr, bool) {
			w := c[0] + c[1] + c[2]
			e := expr.Expr{Type: expr.Time}
			e.Anchor = expr.AnchorDoc
			d := weekdayOf(w)
			e.Weekday = expr.Some(d)
			if c[3] != "" && weekdayOf(c[3]) != (d+1)%7 {
				return expr.Expr{}, false
			}
			e.Part = expr.Night
			return e, true
		}).On(weekdayWords...)
}
