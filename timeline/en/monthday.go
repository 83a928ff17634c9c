package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// MonthDay reads a day of the month named alone: "on the 18th", "the
// 4th". "The 18th" is also a floor, a century or an amendment, so it is a
// date only where the text goes on as after one: a punctuation mark, the
// end of the text, or "at", "in the", "and". The month is the one that
// puts the day nearest the article's, or on the side the tense gives.
func MonthDay() *rule.Rule {
	return rule.NewFollowed("en.month-day",
		`(?:on`+sp+`)?the`+sp+`(\d{1,2})(?:st|nd|rd|th)`,
		`[\s\x{00a0}]*(?:[,.;:!?)]|$)|`+sp+`(?:at|in|and|or|when|before|after|until)[^\p{L}\p{N}_]`,
		func(c []string) (expr.Expr, bool) {
			d, ok := dayNum(c[0])
			if !ok {
				return expr.Expr{}, false
			}
			e := expr.Expr{Type: expr.Date}
			e.Day = d
			return e, true
		}).On(rule.Digits)
}
