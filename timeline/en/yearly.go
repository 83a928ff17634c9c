package en

import (
	"fmt"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Yearly reads a month or a season that comes back each year: "every
// August", "each March", "every year in May", "each summer", "every year in the spring". A SET
// (XXXX-08, XXXX-SU), never placed on the timeline: "The festival is held
// every August" names no August of its own. A day after the month ("every
// March 3") is a date that comes back, not read here.
func Yearly() *rule.Rule {
	return rule.New("en.yearly",
		`(?:every|each)(?:`+sp+`year`+sp+`in)?`+sp+`(?:(`+month+`)(`+sp+`\d+(?:st|nd|rd|th)?\b)?|(?:the`+sp+`)?(summer|winter|spring|fall|autumn))`,
		func(c []string) (expr.Expr, bool) {
			if c[1] != "" {
				return rule.Skip()
			}
			e := expr.Expr{Type: expr.Set}
			if c[0] != "" {
				e.Timex = fmt.Sprintf("XXXX-%02d", monthOf(rule.Fold(c[0])))
				return e, true
			}
			e.Timex = "XXXX-" + map[string]string{"summer": "SU", "winter": "WI", "spring": "SP", "fall": "FA", "autumn": "FA"}[rule.Fold(c[2])]
			return e, true
		}).On("every", "each")
}
