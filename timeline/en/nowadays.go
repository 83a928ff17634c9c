package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Nowadays reads "today" where it means these times, not the article's
// day, as TIMEX3 writes it (PRESENT_REF): "even today", "still today",
// "today still", "to this day", "today more than ever", "today as in the
// past". "Today," opening a sentence is the resolver's (openingToday).
// Left out: "today's".
func Nowadays() *rule.Rule {
	return rule.New("en.nowadays",
		`(?:even|still)`+sp+`today|today`+sp+`(?:still|more`+sp+`than`+sp+`ever|as`+sp+`in`+sp+`the`+sp+`past)|to`+sp+`this`+sp+`day`,
		func([]string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Timex, e.Anchor = "PRESENT_REF", expr.AnchorDoc
			return e, true
		}).On("today", "day")
}
