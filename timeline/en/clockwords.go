package en

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// ClockWords reads a time told the British way: "at half past ten",
// "a quarter to nine", "ten past six", "twenty-five to midnight", "at
// half past eight in the evening". Without "a.m.", "p.m." or a part of the
// day, the hour is the one written (TIMEX3 T10:30), as for "10:30".
func ClockWords() *rule.Rule {
	return rule.New("en.clock-words",
		`(?:(at|around|about|by|until|before|after|from|since)`+sp+`)?`+
			`(half|(?:a`+sp+`)?quarter|five|ten|twenty|twenty-five|twenty`+sp+`five|\d{1,2}(?:`+sp+`minutes)?)`+sp+`(past|after|to|before)`+sp+
			`(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|noon|midnight)`+
			`(?:`+sp+`(a\.m\.|p\.m\.|am|pm|in`+sp+`the`+sp+`(?:morning|afternoon|evening)|at`+sp+`night))?`,
		func(c []string) (expr.Expr, bool) {
			pre := rule.Fold(c[0])
			c = c[1:]
			min := 0
			switch m := strings.Join(strings.Fields(strings.ReplaceAll(rule.Fold(c[0]), "-", " ")), " "); {
			case m == "half":
				min = 30
			case strings.HasSuffix(m, "quarter"):
				min = 15
			default:
				w := strings.Fields(strings.TrimSuffix(m, " minutes"))
				for _, x := range w { // "twenty five": 25
					n, ok := numberOf(x)
					if !ok {
						return expr.Expr{}, false
					}
					min += n
				}
				if min <= 0 || min >= 60 {
					return expr.Expr{}, false
				}
				if to := rule.Fold(c[1]); (to == "to" || to == "before") && (pre == "" || pre == "from") && c[3] == "" {
					return expr.Expr{}, false // "from five to six", "ten to twelve people": numbers
				}
			}
			h := 0
			switch w := rule.Fold(c[2]); w {
			case "noon":
				h = 12
			case "midnight":
				h = 24
			default:
				n, ok := numberOf(w)
				if !ok || n < 1 || n > 12 {
					return expr.Expr{}, false // "ten past 18" is no way to say a time
				}
				h = n
			}
			switch suffix := rule.Fold(c[3]); {
			case strings.HasPrefix(suffix, "p"), strings.HasSuffix(suffix, "afternoon"), strings.HasSuffix(suffix, "evening"),
				strings.HasSuffix(suffix, "night") && h >= 6:
				if h < 12 {
					h += 12
				}
			case (strings.HasPrefix(suffix, "a") || strings.HasSuffix(suffix, "morning")) && h == 12:
				h = 0
			}
			t := h * 60
			if w := rule.Fold(c[1]); w == "to" || w == "before" {
				t -= min
			} else {
				t += min
			}
			t = (t + 24*60) % (24 * 60)
			e := expr.Expr{Type: expr.Time}
			e.Anchor, e.Shift = expr.AnchorPrev, expr.Shift{Unit: expr.Day}
			e.Hour, e.Minute = expr.Some(t/60), t%60
			return e, true
		}).On("past", "to", "after", "before")
}
