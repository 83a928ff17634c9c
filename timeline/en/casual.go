package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Casual reads the days named from today: "yesterday", "today",
// "tomorrow", "the day before yesterday", "the day after tomorrow", with a
// part of the day ("yesterday afternoon", "tomorrow morning"), and
// "tonight", "last night".
func Casual() *rule.Rule {
	return rule.New("en.casual",
		`(?:(the`+sp+`day`+sp+`before`+sp+`yesterday|the`+sp+`day`+sp+`after`+sp+`tomorrow|yesterday|today|tomorrow)(?:`+sp+`(?:in`+sp+`the`+sp+`|at`+sp+`)?(`+partWord+`))?|(tonight|last`+sp+`night|tomorrow`+sp+`night))`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Anchor = expr.AnchorDoc
			n := 0
			switch rule.Fold(c[0]) {
			case "yesterday":
				n = -1
			case "tomorrow":
				n = 1
			case "today", "":
			default:
				if len(c[0]) > 20 && rule.Fold(c[0])[8:14] == "before" {
					n = -2
				} else {
					n = 2
				}
			}
			switch rule.Fold(c[2]) {
			case "tonight":
				e.Part, e.Type = expr.Night, expr.Time
				e.Dir = expr.DirFuture
			case "last night":
				e.Part, e.Type, e.Dir = expr.Night, expr.Time, expr.DirPast
				n = -1
			case "tomorrow night":
				e.Part, e.Type = expr.Night, expr.Time
				n = 1
			}
			e.Shift = expr.Shift{N: n, Unit: expr.Day}
			return withPart(e, c[1]), true
		}).On("yesterday", "today", "tomorrow", "tonight", "night")
}
