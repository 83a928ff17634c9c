package en

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// Now reads the present of the article: "now", "currently", "right now",
// "at the moment", "at present". TIMEX3 writes it PRESENT_REF.
func Now() *rule.Rule {
	return rule.New("en.now",
		`(right`+sp+`now|now|currently|at`+sp+`the`+sp+`moment|at`+sp+`present|nowadays)`,
		func(c []string) (timeline.Expr, bool) {
			e := timeline.NewExpr(timeline.Time)
			e.Timex = "PRESENT_REF"
			return e, true
		})
}
