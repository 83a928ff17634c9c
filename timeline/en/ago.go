package en

import (
	"fmt"

	"frise/timeline"
	"frise/timeline/rule"
)

// Ago reads a time counted from the article's: "three days ago", "a week
// ago", "in two weeks", "two hours ago", "within 2 days" is Duration's.
func Ago() *rule.Rule {
	return rule.New("en.ago",
		`(?:(in)`+sp+`(?:about`+sp+`|around`+sp+`|roughly`+sp+`)?(`+count+`)`+sp+`(`+unit+`)(?:`+sp+`(?:from`+sp+`now|time))?|(?:about`+sp+`|around`+sp+`|some`+sp+`|nearly`+sp+`|almost`+sp+`|more`+sp+`than`+sp+`)?(`+count+`)`+sp+`(`+unit+`)`+sp+`(ago|from`+sp+`now|hence|back))`,
		func(c []string) (timeline.Expr, bool) {
			sign, num, u := 1, c[1], c[2]
			if c[0] == "" {
				num, u = c[3], c[4]
				if f := rule.Fold(c[5]); f == "ago" || f == "back" {
					sign = -1
				}
			}
			if h, smaller, ok := halved(num, u); ok {
				num, u = fmt.Sprint(h), smaller // "half an hour ago"
			}
			n, ok := numberOf(num)
			if !ok {
				return timeline.Expr{}, false
			}
			unit, _, g, k := unitOf(u)
			e := timeline.NewExpr(timeline.Date)
			e.Anchor = timeline.AnchorDoc
			e.Shift = timeline.Shift{N: sign * n * k, Unit: unit}
			e.Grain = timeline.GrainDay
			if unit == timeline.Second || unit == timeline.Minute || unit == timeline.Hour {
				e.Type, e.Grain = timeline.Time, g
			}
			return e, true
		}).On(unitWords...)
}
