package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// MonthRange reads a span of months: "from March to May", "between
// January and March 2021", "from November 2020 through February 2021",
// "June-August 1992".
// Without years, the first month is placed by the tense or nearness, the
// second is the next such month after it.
func MonthRange() *rule.Rule {
	return rule.New("en.month-range",
		`(?:(from|between)`+sp+`)?(`+month+`)(?:,?`+sp+`((?:19|20)\d\d))?`+
			`(?:`+sp+`(to|until|till|through|and)`+sp+`|\s*([-–])\s*)(`+month+`)(?:,?`+sp+`((?:19|20)\d\d))?`,
		func(c []string) (expr.Expr, bool) {
			pre, link := rule.Fold(c[0]), rule.Fold(c[3]+c[4])
			if (pre == "between") != (link == "and") || pre == "" && link != "-" && link != "–" {
				return rule.Skip()
			}
			c = append(c[:3:3], c[5:]...) // pre, month, year, month, year
			return expr.MonthSpan(monthOf(c[1]), year(c[2]), monthOf(c[3]), year(c[4])), true
		}).On("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
}
