package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Anchored reads the days named from the story's day: "the day before",
// "the previous day", "the next day", "the following day", "the day
// after", "that day", "the same day", "the next morning", "the night
// before". They count from the date mentioned just before, else the
// article's.
func Anchored() *rule.Rule {
	return rule.New("en.anchored",
		`(?:the`+sp+`(day|night|evening|morning)`+sp+`(before|after)|the`+sp+`(previous|next|following|same|prior)`+sp+`(day|night|evening|morning|afternoon)|(that|the`+sp+`same)`+sp+`(day|night|evening|morning|afternoon))`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Anchor = expr.AnchorPrev
			what, n := c[0]+c[3]+c[5], 0
			switch rule.Fold(c[1] + c[2] + c[4]) {
			case "before", "previous", "prior":
				n = -1
			case "after", "next", "following":
				n = 1
			}
			e.Shift = expr.Shift{N: n, Unit: expr.Day}
			if w := rule.Fold(what); w != "day" {
				e = withPart(e, w)
			}
			return e, true
		}).On("day", "night", "evening", "morning", "afternoon")
}
