package en

import (
	"slices"
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// ClockRange reads a span of hours: "from 9am to 11am", "between 2 and 4
// pm", "3-8pm", "between 3:30-4:30pm", "10am to 12pm", "from 9 a.m. to
// noon", "from 10 p.m. to midnight", on the day the story is at.
func ClockRange() *rule.Rule {
	return rule.New("en.clock-range",
		`(?:(from|between)`+sp+`)?(?:(\d{1,2})(?::(\d{2}))?(?:\s*(a\.m\.|p\.m\.|am|pm))?|(noon|midnight))\s*(to|until|and|-|–)\s*(?:`+clockPat+`|(noon|midnight))`,
		func(c []string) (expr.Expr, bool) {
			// Noon and midnight as ends ("from 9 a.m. to noon", "from 10
			// p.m. to midnight") are read as the clocks they are; the
			// groups are then those of a span in digits: the lead, the
			// first end, the link, the second end.
			if noon1, noon2 := rule.Fold(c[4]), rule.Fold(c[9]); noon1 != "" || noon2 != "" {
				if rule.Fold(c[0]) == "" || noon1 != "" && noon2 != "" {
					return expr.Expr{}, false
				}
				clock := map[string][2]string{"noon": {"12", "pm"}, "midnight": {"12", "am"}}
				if noon1 != "" {
					c[1], c[3] = clock[noon1][0], clock[noon1][1]
				} else {
					c[6], c[8] = clock[noon2][0], clock[noon2][1]
				}
			}
			c = slices.Concat(c[0:4], c[5:9])
			pre, link := rule.Fold(c[0]), rule.Fold(c[4])
			clocky := func(min, ampm string) bool { return min != "" || ampm != "" }
			dash := link == "-" || link == "–"
			switch {
			case pre == "between" && (link == "and" || dash):
			case pre == "from" && link != "and":
			case pre == "" && dash:
			case pre == "" && (link == "to" || link == "until") && clocky(c[2], c[3]) && clocky(c[6], c[7]):
				// "10am to 12pm": both ends are times; "2 to 3" is not.
			default:
				return rule.Skip()
			}
			ampm2 := c[7]
			if ampm2 == "" && c[6] == "" && c[3] == "" && c[2] == "" {
				return expr.Expr{}, false
			}
			ampm1 := c[3]
			if ampm1 == "" {
				ampm1 = ampm2
			}
			// One end written as a time makes the other, bare, an hour:
			// "between 10 and 11:30", "from 10:30 to 3", "8am-3".
			h1, m1, ok1 := clockOf([]string{c[1], c[2], ampm1})
			if !ok1 {
				h1, ok1 = bareHour(c[1])
			}
			h2, m2, ok2 := clockOf(c[5:8])
			if !ok2 {
				h2, ok2 = bareHour(c[5])
				if ok2 && h2 < h1 && h2+12 > h1 {
					h2 += 12 // "from 10:30 to 3": the afternoon's 3
				}
			}
			if !ok1 || !ok2 {
				return expr.Expr{}, false
			}
			if c[3] == "" && h1 > h2 && h1-12 >= 0 {
				h1 -= 12 // "11-2pm" is not 23:00 to 14:00
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
		}).On(rule.Digits, "noon", "midnight")
}

// bareHour reads an hour written as a bare number, as one end of a span
// whose other end is written as a time.
func bareHour(s string) (int, bool) {
	h, err := strconv.Atoi(s)
	return h, err == nil && h <= 24
}
