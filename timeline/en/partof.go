package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// PartOf reads a part of a day that the next words name: "on the morning
// of March 3", "the night of Tuesday", "on the evening of the vote". The
// day it is of joins it when it is a date ("on the morning of March 3" is
// one phrase); otherwise it is the part of the story's day.
func PartOf() *rule.Rule {
	return rule.NewFollowed("en.part-of",
		`(?:on`+sp+`|in`+sp+`|during`+sp+`)?the`+sp+`(morning|afternoon|evening|night)`,
		sp+`of`+sp,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Anchor, e.Shift = expr.AnchorPrev, expr.Shift{Unit: expr.Day}
			e.Part = partOf(c[0])
			return e, true
		}).On("morning", "afternoon", "evening", "night")
}
