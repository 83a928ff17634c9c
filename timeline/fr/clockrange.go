package fr

import (
	"strconv"

	"frise/timeline"
	"frise/timeline/rule"
)

// ClockRange reads a span of hours: "de 9h à 11h", "entre 14h et 16h",
// "13h-15h", "de 6:30pm à 11:00pm", and with the unit written once, "de 9
// à 12 heures", "entre 14 et 16 heures", "13-15h", on the day the story is
// at.
func ClockRange() *rule.Rule {
	return rule.New("fr.clock-range",
		`(?:(de|entre)`+sp+`)?(?:`+clockPat+`|(\d{1,2}))\s*(à|a|au|et|-|–)\s*`+clockPat,
		func(c []string) (timeline.Expr, bool) {
			pre, link := rule.Fold(c[0]), rule.Fold(c[6])
			if (link == "et") != (pre == "entre") || (pre == "" && link != "-" && link != "–") {
				return rule.Skip()
			}
			first := c[1:5]
			if c[5] != "" {
				// The unit written once, in clock style: "13-15h". Spelt
				// out, "de 2 à 3 heures" is a duration as often as a time;
				// hours of the working day are times ("entre 14 et 16
				// heures", "de 9 à 12 heures").
				h1, _ := strconv.Atoi(c[5])
				h2, _ := strconv.Atoi(c[7])
				if rule.Fold(c[8]) != "h" && (h1 < 8 || h2 < 8) {
					return timeline.Expr{}, false
				}
				first = []string{c[5], c[8], "", c[10]}
			}
			h1, m1, ok1 := clockOf(first)
			h2, m2, ok2 := clockOf(c[7:11])
			if !ok1 || !ok2 {
				return timeline.Expr{}, false
			}
			a, b := timeline.NewExpr(timeline.Time), timeline.NewExpr(timeline.Time)
			for _, x := range []*timeline.Expr{&a, &b} {
				x.Anchor, x.Shift = timeline.AnchorPrev, timeline.Shift{Unit: timeline.Day}
			}
			a.Hour, a.Minute, b.Hour, b.Minute = h1, m1, h2, m2
			e := timeline.NewExpr(timeline.Time)
			e.Anchor = timeline.AnchorPrev
			e.Range = &[2]timeline.Expr{a, b}
			return e, true
		}).On(clockWords...)
}
