package en

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// ThisPart reads a part of the article's day or of the story's: "this
// morning", "this afternoon", "this evening"; "that evening", "later that
// day", "earlier in the day", "in the morning" (the day the story is at).
func ThisPart() *rule.Rule {
	return rule.New("en.this-part",
		`(this|that|later`+sp+`that|earlier`+sp+`that|in`+sp+`the|early`+sp+`in`+sp+`the|late`+sp+`in`+sp+`the|during`+sp+`the)`+sp+`(morning|afternoon|evening|night|day)`,
		func(c []string) (timeline.Expr, bool) {
			e := timeline.NewExpr(timeline.Time)
			e.Anchor, e.Shift = timeline.AnchorPrev, timeline.Shift{Unit: timeline.Day}
			pre := rule.Fold(c[0])
			if pre == "this" {
				e.Anchor = timeline.AnchorDoc
				if rule.Fold(c[1]) == "night" {
					e.Shift = timeline.Shift{}
				}
			}
			switch {
			case len(pre) >= 5 && pre[:5] == "early":
				e.Mod = timeline.Start
			case len(pre) >= 4 && pre[:4] == "late":
				e.Mod = timeline.End
			}
			if rule.Fold(c[1]) == "day" {
				if pre == "this" || pre == "in the" {
					return timeline.Expr{}, false
				}
				e.Type = timeline.Date
				return e, true
			}
			return withPart(e, c[1]), true
		}).On("morning", "afternoon", "evening", "night", "day")
}
