package en

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// MidPart reads the middle of a part of the story's day, as wire copy
// writes it: "in mid-afternoon", "by midmorning", "until mid-evening"
// (TIMEX3: that part of the day, mod MID).
func MidPart() *rule.Rule {
	return rule.New("en.mid-part",
		`(?:in|by|at|around|until|from|since)`+sp+`(?:the`+sp+`)?mid-?(morning|afternoon|evening)`,
		func(c []string) (timeline.Expr, bool) {
			e := timeline.NewExpr(timeline.Time)
			e.Anchor, e.Shift = timeline.AnchorPrev, timeline.Shift{Unit: timeline.Day}
			e.Mod = timeline.Mid
			return withPart(e, c[0]), true
		}).On("morning", "afternoon", "evening", "midmorning", "midafternoon", "midevening")
}
