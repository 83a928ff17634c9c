package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// ThisPart reads a part of the article's day or of the story's: "this
// morning", "this afternoon", "this evening"; "that evening", "later that
// day", "earlier in the day", "in the morning" (the day the story is at).
func ThisPart() *rule.Rule {
	return rule.New("en.this-part",
		`(this|that|later`+sp+`that|earlier`+sp+`that|in`+sp+`the|early`+sp+`in`+sp+`the|late`+sp+`in`+sp+`the|during`+sp+`the)`+sp+`(morning|afternoon|evening|night|day)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Anchor, e.Shift = expr.AnchorPrev, expr.Shift{Unit: expr.Day}
			pre := rule.Fold(c[0])
			if pre == "this" {
				e.Anchor = expr.AnchorDoc
				if rule.Fold(c[1]) == "night" {
					e.Shift = expr.Shift{}
				}
			}
			switch {
			case len(pre) >= 5 && pre[:5] == "early":
				e.Mod = expr.Start
			case len(pre) >= 4 && pre[:4] == "late":
				e.Mod = expr.End
			}
			if rule.Fold(c[1]) == "day" {
				if pre == "this" || pre == "in the" {
					return expr.Expr{}, false
				}
				e.Type = expr.Date
				return e, true
			}
			return withPart(e, c[1]), true
		}).On("morning", "afternoon", "evening", "night", "day")
}
