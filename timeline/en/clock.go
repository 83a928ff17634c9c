package en

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Clock reads a time of day: "at 3 pm", "3:30 p.m.", "15:00", "at noon",
// "midnight", "10 a.m. local time", "4pm EST", "at 7 o'clock", "8.30pm". A
// bare number is no time: it needs a colon, am/pm or "o'clock"; "8.30"
// needs am/pm (it is as often a decimal).
func Clock() *rule.Rule {
	return rule.New("en.clock",
		`(?:(at|around|about|by|until|before|after|from|since|shortly`+sp+`(?:before|after))`+sp+`)?(?:(\d{1,2})\.(\d{2})\s*(a\.m\.|p\.m\.|am|pm)|`+clockSecPat+`|(noon|midnight|midday))`+
			`(?:`+sp+`(local`+sp+`time|GMT|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|BST|MSK|ET|PT))?`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Anchor, e.Shift = expr.AnchorPrev, expr.Shift{Unit: expr.Day}
			switch rule.Fold(c[8]) {
			case "noon", "midday":
				e.Hour = expr.Some(12)
			case "midnight":
				e.Hour = expr.Some(24) // the midnight that ends the day: TIMEX3 T24:00
				if pre := rule.Fold(c[0]); pre == "since" || pre == "from" || strings.HasSuffix(pre, "after") {
					// "since midnight", "shortly after midnight on Sunday": the
					// one that began the day, and what follows it is on that day.
					e.Hour = expr.Some(0)
				}
			default:
				clock := []string{c[4], c[5], c[7]}
				if c[1] != "" {
					clock = c[1:4] // "8.30pm", as British copy writes it (first: "8" alone would win)
				}
				h, m, ok := clockOf(clock)
				if !ok {
					return expr.Expr{}, false
				}
				e.Hour, e.Minute = expr.Some(h), m
				if c[6] != "" {
					e.Second, _ = strconv.Atoi(c[6])
					e.Grain = expr.GrainSecond // "10:12:59"
				}
			}
			switch z := strings.ToUpper(c[9]); z {
			case "", "LOCAL TIME":
			case "ET":
				e.Zone = "EST"
			case "PT":
				e.Zone = "PST"
			default:
				e.Zone = strings.Clone(z) // its own bytes: an expression may outlive the text (see timeline.Resolver)
			}
			return e, true
		}).On(rule.Digits, "noon", "midnight", "midday")
}
