package en

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Weekday reads a day of the week: "Sunday", "on Tuesday", "last Monday",
// "next Friday", "this Wednesday", "this coming Friday", "Tuesday night",
// "Wednesday morning", "Monday last week", "next week Wednesday". A bare weekday follows the clause's tense; "Sun",
// "Wed", "Sat" are read only after "on", "last", "next" or "this".
func Weekday() *rule.Rule {
	return rule.New("en.weekday",
		`(?:(early(?:`+sp+`on)?|(?:in`+sp+`)?the`+sp+`(?:early|small)`+sp+`hours`+sp+`of)`+sp+`)?`+
			`(?:(last|next|this)`+sp+`week`+sp+`)?`+
			`(?:(on|last|next|this|past|coming|upcoming|that|previous|following|this`+sp+`(?:coming|upcoming|past)|the`+sp+`following|the`+sp+`previous|the`+sp+`next|the`+sp+`coming)`+sp+`)?(`+weekday+`|(?:`+weekdayAbbr+`)\.?)(`+apos+`s)?`+
			`(?:`+sp+`(morning|afternoon|evening|night|noon))?(?:(?:,|`+sp+`of)?`+sp+`(last|next|this)`+sp+`week)?`,
		func(c []string) (expr.Expr, bool) {
			early := c[0] != "" // "early Sunday", "in the early hours of Sunday": its first hours
			c = c[1:]
			possessive := c[3] != ""
			c = append(c[:3:3], c[4:]...)
			if c[0] != "" {
				if c[4] != "" {
					return expr.Expr{}, false // "next week Monday next week"
				}
				c[4] = c[0] // "next week Wednesday": "Wednesday next week"
			}
			c = c[1:]
			pre := strings.Join(strings.Fields(rule.Fold(c[0])), " ")
			if len(c[1]) <= 5 && weekdayOf(c[1]) >= 0 && !isFull(c[1]) && (pre == "" || pre == "that") {
				return expr.Expr{}, false
			}
			e := expr.Expr{Type: expr.Date}
			e.Anchor = expr.AnchorDoc
			e.Weekday = expr.Some(weekdayOf(c[1]))
			switch pre {
			case "next":
				// "next Friday", said on a Thursday, is next week's:
				// tomorrow is "Friday" or "this Friday" (both phrase
				// suites read it so).
				e.Dir, e.Shift = expr.DirNearest, expr.Shift{N: 1, Unit: expr.Week}
			case "previous", "the previous":
				e.Dir, e.Shift = expr.DirNearest, expr.Shift{N: -1, Unit: expr.Week}
			case "last", "past", "this past":
				// "last Monday", said on a Wednesday, is the one just past.
				e.Dir = expr.DirPast
			case "coming", "upcoming", "this coming", "this upcoming", "the coming":
				e.Dir = expr.DirFuture
			case "this":
				// "this Saturday", said on a Sunday, is the coming one,
				// unless a verb says it is over ("this Wednesday, police
				// arrested…"): today is a candidate either way.
				e.Lean = expr.DirFuture
			case "the following", "the next", "following":
				e.Anchor, e.Dir = expr.AnchorPrev, expr.DirFuture
			case "that":
				e.Anchor = expr.AnchorPrev
			}
			switch rule.Fold(c[3]) {
			case "last":
				e.Dir, e.Shift = expr.DirNearest, expr.Shift{N: -1, Unit: expr.Week}
			case "next":
				e.Dir, e.Shift = expr.DirNearest, expr.Shift{N: 1, Unit: expr.Week}
			case "this":
				e.Dir = expr.DirNearest
			}
			if possessive && pre == "" && c[3] == "" {
				// "Thursday's final", "Monday's vote": the day of an event
				// the text names, the nearest one, whatever the tense of a
				// verb before it ("withdrew from Thursday's final": the
				// act's); the tense of the verb it is the subject of, when
				// it opens the sentence ("Sunday's election drew a record
				// turnout", said on Thursday: the last one, not the
				// nearer next; timeline's dirFor). "Last Thursday's storm"
				// keeps its "last".
				e.Lean = expr.DirNearest
			}
			e = withPart(e, c[2])
			if early {
				if e.Part == expr.NoPart && e.Hour.IsSet() || possessive {
					return expr.Expr{}, false // "early Monday noon", "early Monday's": no such thing
				}
				e.Mod = expr.Start
			}
			return e, true
		}).On(weekdayWords...)
}

func isFull(s string) bool {
	switch rule.Fold(s) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}
