package fr

import (
	"slices"
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// ClockRange reads a span of hours: "de 9h à 11h", "entre 14h et 16h",
// "13h-15h", "de 6:30pm à 11:00pm", and with the unit written once, "de 9
// à 12 heures", "entre 14 et 16 heures", "13-15h", "entre 2 et 3 heures du
// matin", "de 8 à 10 heures du soir", "entre 9 h et midi", "de 22 h à
// minuit", on the day the story is at.
func ClockRange() *rule.Rule {
	return rule.New("fr.clock-range",
		`(?:(de|entre)`+sp+`)?(?:`+clockPat+`|(\d{1,2})|(midi|minuit))\s*(à|a|au|et|-|–)\s*(?:`+clockPat+`|(midi|minuit))`+
			`(?:`+sp+`(du`+sp+`matin|de`+sp+`l`+apos+`après-midi|de`+sp+`l`+apos+`apres-midi|du`+sp+`soir))?`,
		func(c []string) (expr.Expr, bool) {
			// Noon and midnight as ends ("entre 9 h et midi", "de 22 h à
			// minuit") are read as the hours they are; the groups are then
			// those of a span written in digits: the lead, the first end
			// (clock, or bare number), the link, the second end, the part.
			noon1, noon2 := rule.Fold(c[6]), rule.Fold(c[12])
			if noon1 != "" || noon2 != "" {
				if rule.Fold(c[0]) == "" || noon1 != "" && noon2 != "" {
					return expr.Expr{}, false // "midi-14h", "de midi à minuit": no span of hours read
				}
				if noon1 != "" {
					c[1], c[2] = map[string]string{"midi": "12", "minuit": "0"}[noon1], "h"
				} else {
					c[8], c[9] = map[string]string{"midi": "12", "minuit": "24"}[noon2], "h"
				}
			}
			c = slices.Concat(c[0:6], c[7:12], c[13:14])
			pre, link, part := rule.Fold(c[0]), rule.Fold(c[6]), rule.Fold(c[11])
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
				if rule.Fold(c[8]) != "h" && (h1 < 8 || h2 < 8) && part == "" {
					return expr.Expr{}, false // "du matin" makes it a time
				}
				first = []string{c[5], c[8], "", c[10]}
			}
			h1, m1, ok1 := clockOf(first)
			h2, m2, ok2 := clockOf(c[7:11])
			if !ok1 || !ok2 {
				return expr.Expr{}, false
			}
			if part == "du soir" || strings.HasPrefix(part, "de l") {
				// "de 8 à 10 heures du soir": both ends in the evening.
				if h1 < 12 {
					h1 += 12
				}
				if h2 < 12 {
					h2 += 12
				}
			}
			a, b := expr.Expr{Type: expr.Time}, expr.Expr{Type: expr.Time}
			for _, x := range []*expr.Expr{&a, &b} {
				x.Anchor, x.Shift = expr.AnchorPrev, expr.Shift{Unit: expr.Day}
			}
			a.Hour, a.Minute, b.Hour, b.Minute = expr.Some(h1), m1, expr.Some(h2), m2
			e := expr.Expr{Type: expr.Time}
			e.Anchor = expr.AnchorPrev
			e.Range = &[2]expr.Expr{a, b}
			return e, true
		}).On(clockWords...)
}
