package en

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// Weekday reads a day of the week: "Sunday", "on Tuesday", "last Monday",
// "next Friday", "this Wednesday", "Tuesday night", "Wednesday morning",
// "Monday last week". A bare weekday follows the clause's tense; "Sun",
// "Wed", "Sat" are read only after "on", "last", "next" or "this".
func Weekday() *rule.Rule {
	return rule.New("en.weekday",
		`(?:(on|last|next|this|past|coming|that|the`+sp+`following|the`+sp+`previous|the`+sp+`next)`+sp+`)?(`+weekday+`|(?:`+weekdayAbbr+`)\.?)`+
			`(?:`+sp+`(morning|afternoon|evening|night|noon))?(?:(?:,|`+sp+`of)?`+sp+`(last|next|this)`+sp+`week)?`,
		func(c []string) (timeline.Expr, bool) {
			pre := rule.Fold(c[0])
			if len(c[1]) <= 5 && weekdayOf(c[1]) >= 0 && !isFull(c[1]) && (pre == "" || pre == "that") {
				return timeline.Expr{}, false
			}
			e := timeline.NewExpr(timeline.Date)
			e.Anchor = timeline.AnchorDoc
			e.Weekday = weekdayOf(c[1])
			switch pre {
			case "last", "past", "the previous":
				e.Dir = timeline.DirPast
			case "next", "coming":
				e.Dir = timeline.DirFuture
			case "this":
				e.Dir = timeline.DirNearest
			case "the following", "the next":
				e.Anchor, e.Dir = timeline.AnchorPrev, timeline.DirFuture
			case "that":
				e.Anchor = timeline.AnchorPrev
			}
			switch rule.Fold(c[3]) {
			case "last":
				e.Dir, e.Shift = timeline.DirNearest, timeline.Shift{N: -1, Unit: timeline.Week}
			case "next":
				e.Dir, e.Shift = timeline.DirNearest, timeline.Shift{N: 1, Unit: timeline.Week}
			case "this":
				e.Dir = timeline.DirNearest
			}
			return withPart(e, c[2]), true
		})
}

func isFull(s string) bool {
	switch rule.Fold(s) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}
