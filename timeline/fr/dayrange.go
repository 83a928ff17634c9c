package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// DayRange reads a span of days of a month left unnamed: "du 12 au 14",
// "du 1er au 3". As for "le 23", the text must go on as after a date;
// the month is the one that puts the first day nearest the article's, or
// on the side the tense gives, and the span ends on or after it.
func DayRange() *rule.Rule {
	return rule.NewFollowed("fr.day-range",
		`du`+sp+`(1er|\d{1,2})`+sp+`au`+sp+`(\d{1,2})`,
		afterDay,
		func(c []string) (expr.Expr, bool) {
			d1, ok1 := numberOf(c[0])
			d2, ok2 := numberOf(c[1])
			if !ok1 || !ok2 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 || d2 <= d1 {
				return rule.Skip()
			}
			a, b := expr.Expr{Type: expr.Date}, expr.Expr{Type: expr.Date}
			a.Day, b.Day = d1, d2
			e := expr.Expr{Type: expr.Date}
			e.Range = &[2]expr.Expr{a, b}
			return e, true
		}).On(rule.Digits)
}
