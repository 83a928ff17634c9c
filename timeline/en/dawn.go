package en

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// Dawn reads dawn and dusk, the parts of the story's day they open: "at
// dawn", "before daybreak", "at first light" (the morning), "at dusk",
// "after nightfall", "around sunset" (the evening).
func Dawn() *rule.Rule {
	return rule.New("en.dawn",
		`(?:at|before|after|around|by|until|from)`+sp+`(dawn|daybreak|first`+sp+`light|sunrise|dusk|nightfall|sunset)`,
		func(c []string) (timeline.Expr, bool) {
			e := timeline.NewExpr(timeline.Time)
			e.Anchor, e.Shift = timeline.AnchorPrev, timeline.Shift{Unit: timeline.Day}
			switch rule.Fold(c[0]) {
			case "dusk", "nightfall", "sunset":
				e.Part = timeline.Evening
			default:
				e.Part = timeline.Morning
			}
			return e, true
		}).On("dawn", "daybreak", "light", "sunrise", "dusk", "nightfall", "sunset")
}
