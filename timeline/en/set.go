package en

import (
	"fmt"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Set reads a repetition: "every Monday", "each day", "daily", "weekly",
// "every year", "every quarter", "quarterly" (P3M), "every afternoon",
// "every weekend", "on Mondays". A SET is never placed on the timeline.
func Set() *rule.Rule {
	return rule.New("en.set",
		`(?:(?:every|each)`+sp+`(day|week|month|quarter|year|morning|afternoon|evening|night|weekend|`+weekday+`)|(daily|weekly|monthly|quarterly|yearly|annually|nightly)|on`+sp+`(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays))`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Set}
			w := rule.Fold(c[0] + c[1] + c[2])
			switch {
			case w == "day" || w == "daily" || w == "nightly" || w == "night":
				e.Timex = "P1D"
			case w == "week" || w == "weekly":
				e.Timex = "P1W"
			case w == "month" || w == "monthly":
				e.Timex = "P1M"
			case w == "quarter" || w == "quarterly":
				e.Timex = "P3M"
			case w == "afternoon":
				e.Timex = "XXXX-XX-XXTAF"
			case w == "weekend":
				e.Timex = "XXXX-WXX-WE"
			case w == "year" || w == "yearly" || w == "annually":
				e.Timex = "P1Y"
			case w == "morning":
				e.Timex = "XXXX-XX-XXTMO"
			case w == "evening":
				e.Timex = "XXXX-XX-XXTEV"
			default:
				d := weekdayOf(strings.TrimSuffix(w, "s"))
				if d < 0 {
					return expr.Expr{}, false
				}
				if d == 0 {
					d = 7
				}
				e.Timex = fmt.Sprintf("XXXX-WXX-%d", d)
			}
			return e, true
		}).On(append([]string{"day", "week", "month", "quarter", "year", "morning", "afternoon", "evening", "night", "weekend", "daily", "weekly", "monthly", "quarterly", "yearly", "annually", "nightly", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"}, weekdayWords...)...)
}
