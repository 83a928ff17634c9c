package en

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// Now reads the present of the article: "now", "currently", "right now",
// "at the moment", "at present"; its past, "recently", "formerly",
// "previously"; its future, "soon". TIMEX3 writes them PRESENT_REF,
// PAST_REF and FUTURE_REF; only the present has a place (the article's
// time).
func Now() *rule.Rule {
	return rule.New("en.now",
		`(right`+sp+`now|now|currently|at`+sp+`the`+sp+`moment|at`+sp+`present|at`+sp+`the`+sp+`present`+sp+`time|these`+sp+`days|nowadays|recently|lately|formerly|soon|in`+sp+`the`+sp+`near`+sp+`future)`,
		func(c []string) (timeline.Expr, bool) {
			e := timeline.NewExpr(timeline.Time)
			switch rule.Fold(c[0]) {
			case "recently", "lately", "formerly":
				e.Timex = "PAST_REF"
			case "soon", "in the near future":
				e.Timex = "FUTURE_REF"
			default:
				e.Timex, e.Anchor = "PRESENT_REF", timeline.AnchorDoc
			}
			return e, true
		}).On("now", "currently", "moment", "present", "days", "nowadays", "recently", "lately", "formerly", "soon", "future")
}
