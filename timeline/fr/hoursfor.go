package fr

import (
	"fmt"
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// HoursFor reads a count of hours in digits after "pour", "pendant",
// "durant", "en": "coupée pour 3h", "pendant 2 h", "en 4h", "en 2 h 30"
// (PT3H, PT2H30M): how long, not the time of day Clock leaves them as no
// phrase. "Pour 15h", "pour 8 h 30" are times, Clock's.
func HoursFor() *rule.Rule {
	return rule.New("fr.hours-for",
		`(pour|pendant|durant|en)`+sp+`(\d{1,2})\s*(?:h|heures?)(?:\s*(\d{2}))?`,
		func(c []string) (expr.Expr, bool) {
			n, _ := strconv.Atoi(c[1])
			m, _ := strconv.Atoi(c[2])
			if n == 0 || m > 59 || rule.Fold(c[0]) == "pour" && (n > 12 || m > 0) {
				return rule.Skip() // a time: Clock's
			}
			e := expr.Expr{Type: expr.Duration, Grain: expr.GrainHour}
			e.Timex = fmt.Sprintf("PT%dH", n)
			if m > 0 {
				e.Timex, e.Grain = fmt.Sprintf("PT%dH%dM", n, m), expr.GrainMinute
			}
			return e, true
		}).On(clockWords...)
}
