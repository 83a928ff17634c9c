package en

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Now reads the present of the article: "now", "currently", "right now",
// "at the moment", "at present", "to the present" ("the present crisis"
// is an adjective's); its past, "recently", "formerly",
// "the past", "the recent past"; its future, "soon",
// "the future" ("in the future"). "The past six weeks" is a longer
// phrase, a stretch. TIMEX3 writes them PRESENT_REF,
// PAST_REF and FUTURE_REF; only the present has a place (the article's
// time).
func Now() *rule.Rule {
	return rule.New("en.now",
		`(right`+sp+`now|now|currently|at`+sp+`the`+sp+`moment|at`+sp+`present|at`+sp+`the`+sp+`present`+sp+`time|(?:to|until|till|through)`+sp+`the`+sp+`present(?:`+sp+`day)?|these`+sp+`days|nowadays|recently|lately|formerly|soon|in`+sp+`the`+sp+`near`+sp+`future|the`+sp+`(?:distant`+sp+`|recent`+sp+`)?past|the`+sp+`(?:distant`+sp+`)?future)`,
		func(c []string) (expr.Expr, bool) {
			// A DATE, as TimeBank types "now", "recently", "the future".
			e := expr.Expr{Type: expr.Date}
			switch f := strings.Join(strings.Fields(rule.Fold(c[0])), " "); {
			case f == "recently", f == "lately", f == "formerly", strings.HasSuffix(f, "past"):
				e.Timex = "PAST_REF" // "in the past", "the recent past"
			case f == "soon", strings.HasSuffix(f, "future"):
				e.Timex = "FUTURE_REF" // "in the future", "the distant future"
			default:
				e.Timex, e.Anchor = "PRESENT_REF", expr.AnchorDoc
			}
			return e, true
		}).On("now", "currently", "moment", "present", "days", "nowadays", "recently", "lately", "formerly", "soon", "future", "past")
}
