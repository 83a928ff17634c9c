package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// MidPart reads the middle of a part of the story's day, as wire copy
// writes it: "in mid-afternoon", "by midmorning", "until mid-evening"
// (TIMEX3: that part of the day, mod MID).
func MidPart() *rule.Rule {
	return rule.New("en.mid-part",
		`(?:in|by|at|around|until|from|since)`+sp+`(?:the`+sp+`)?mid-?(morning|afternoon|evening)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Anchor, e.Shift = expr.AnchorPrev, expr.Shift{Unit: expr.Day}
			e.Mod = expr.Mid
			return withPart(e, c[0]), true
		}).On("morning", "afternoon", "evening", "midmorning", "midafternoon", "midevening")
}
