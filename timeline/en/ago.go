package en

import (
	"fmt"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Ago reads a time counted from the article's: "three days ago", "a week
// ago", "in two weeks", "two hours ago", "within 2 days" is Duration's.
// TimeML writes "in two weeks" as the duration it counts (Lasts: P2W),
// "two weeks ago" as the day, "ten years ago" as the year (Says), "a few
// years ago", "several months ago" as PAST_REF ("several hours ago" is
// the story's day, a length).
func Ago() *rule.Rule {
	return rule.New("en.ago",
		`(?:(in)`+sp+`((?:about|around|roughly)`+sp+`)?(`+count+`)(`+sp+`and`+sp+`a`+sp+`half)?`+sp+`(`+unit+`)(`+sp+`and`+sp+`a`+sp+`half)?(?:`+sp+`(?:from`+sp+`now|time))?`+
			`|((?:about|around|some|nearly|almost|more`+sp+`than)`+sp+`)?(`+count+`)(`+sp+`and`+sp+`a`+sp+`half)?`+sp+`(`+unit+`)(`+sp+`and`+sp+`a`+sp+`half)?`+sp+`(ago|from`+sp+`now|hence|back)`+
			`|(?:a`+sp+`few|several|many)`+sp+`(days|weeks|months|years|decades)`+sp+`ago)`,
		func(c []string) (expr.Expr, bool) {
			if c[12] != "" {
				// "a few years ago", "several months ago": some time before,
				// how long not said. TimeML writes PAST_REF: no year or
				// month to invent, and no length (it is no duration).
				return expr.Expr{Type: expr.Date, Timex: "PAST_REF", Anchor: expr.AnchorDoc}, true
			}
			sign, about, num, u, half := 1, c[1], c[2], c[4], c[3]+c[5] != ""
			if c[0] == "" {
				about, num, u, half = c[6], c[7], c[9], c[8]+c[10] != ""
				if f := rule.Fold(c[11]); f == "ago" || f == "back" {
					sign = -1
				}
			}
			if c[3] != "" && c[5] != "" || c[8] != "" && c[10] != "" {
				return expr.Expr{}, false // "two and a half years and a half"
			}
			if h, smaller, ok := halved(num, u); ok {
				num, u = fmt.Sprint(h), smaller // "half an hour ago"
			}
			n, ok := numberOf(num)
			if !ok {
				return expr.Expr{}, false
			}
			unit, letter, g, k := unitOf(u)
			e := expr.Expr{Type: expr.Date}
			e.Anchor = expr.AnchorDoc
			e.Shift = expr.Shift{N: sign * n * k, Unit: unit}
			if half { // "a year and a half ago": 18 months
				h, _, ok := expr.AndAHalf(n*k, unit)
				if !ok {
					return expr.Expr{}, false
				}
				e.Shift, unit = expr.Shift{N: sign * h.N, Unit: h.Unit}, h.Unit
			}
			if sign > 0 && c[0] != "" {
				// "in three years": TimeML writes the count, anchored (P3Y).
				e.Lasts = lasting(n, k, letter, half)
			}
			e.Grain = expr.GrainDay
			if unit == expr.Second || unit == expr.Minute || unit == expr.Hour {
				e.Type, e.Grain = expr.Time, g
			}
			if sign < 0 && !half && (unit == expr.Year || unit == expr.Month) {
				e.Says = g // "ten years ago": TIMEX3 writes the year, 1979
			}
			if unit == expr.Year && k >= 10 {
				e.Grain = expr.GrainYear // "a century ago": about then, no day to invent
			}
			if about != "" && g > expr.GrainDay {
				// "about three months ago", "more than two years ago", "in
				// about two weeks": about then; a day would be invented. The
				// unit's period it falls in, as French reads "il y a environ
				// trois mois".
				e.Grain = g
			}
			return e, true
		}).On(unitWords...)
}
