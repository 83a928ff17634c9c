package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Dawn reads dawn and dusk, the parts of the story's day they open: "at
// dawn", "before daybreak", "at first light" (the morning), "at dusk",
// "after nightfall", "around sunset" (the evening).
func Dawn() *rule.Rule {
	return rule.New("en.dawn",
		`(?:at|before|after|around|by|until|from)`+sp+`(dawn|daybreak|first`+sp+`light|sunrise|dusk|nightfall|sunset)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Anchor, e.Shift = expr.AnchorPrev, expr.Shift{Unit: expr.Day}
			switch rule.Fold(c[0]) {
			case "dusk", "nightfall", "sunset":
				e.Part = expr.Evening
			default:
				e.Part = expr.Morning
			}
			return e, true
		}).On("dawn", "daybreak", "light", "sunrise", "dusk", "nightfall", "sunset")
}
