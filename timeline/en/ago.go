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
		`(?:(in)`+sp+`((?:about|around|roughly)`+sp+`)?(`+count+`)(`+sp+`and`+sp+`a`+sp+`half)?`+sp+`(`+unit+`)(`+sp+`and`+sp+`a`+sp+`half)?(?:`+sp+`(?:from`+sp+`now|time))?`+
			`|((?:about|around|some|nearly|almost|more`+sp+`than)`+sp+`)?(`+count+`)(`+sp+`and`+sp+`a`+sp+`half)?`+sp+`(`+unit+`)(`+sp+`and`+sp+`a`+sp+`half)?`+sp+`(ago|from`+sp+`now|hence|back))`,
		func(c []string) (timeline.Expr, bool) {
			sign, about, num, u, half := 1, c[1], c[2], c[4], c[3]+c[5] != ""
			if c[0] == "" {
				about, num, u, half = c[6], c[7], c[9], c[8]+c[10] != ""
				if f := rule.Fold(c[11]); f == "ago" || f == "back" {
					sign = -1
				}
			}
			if c[3] != "" && c[5] != "" || c[8] != "" && c[10] != "" {
				return timeline.Expr{}, false // "two and a half years and a half"
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
			if half { // "a year and a half ago": 18 months
				h, _, ok := timeline.AndAHalf(n*k, unit)
				if !ok {
					return timeline.Expr{}, false
				}
				e.Shift, unit = timeline.Shift{N: sign * h.N, Unit: h.Unit}, h.Unit
			}
			e.Grain = timeline.GrainDay
			if unit == timeline.Second || unit == timeline.Minute || unit == timeline.Hour {
				e.Type, e.Grain = timeline.Time, g
			}
			if unit == timeline.Year && k >= 10 {
				e.Grain = timeline.GrainYear // "a century ago": about then, no day to invent
			}
			if about != "" && g > timeline.GrainDay {
				// "about three months ago", "more than two years ago", "in
				// about two weeks": about then; a day would be invented. The
				// unit's period it falls in, as French reads "il y a environ
				// trois mois".
				e.Grain = g
			}
			return e, true
		}).On(unitWords...)
}
