package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// MonthRange reads a span of months: "de mars à mai", "entre janvier et
// mars 2021", "de novembre 2020 à février 2021", "depuis janvier jusqu'en
// avril", "juin-août 1992". Without years, the first month is placed by the tense or
// nearness, the second is the next such month after it.
func MonthRange() *rule.Rule {
	return rule.New("fr.month-range",
		`(?:(de|d`+apos+`|entre|depuis)(?:`+sp+`)?)?(`+month+`)(?:`+sp+`((?:19|20)\d\d))?`+
			`(?:`+sp+`(à|a|au|et|jusqu`+apos+`à|jusqu`+apos+`en|jusqu`+apos+`au)`+sp+`|\s*([-–])\s*)(`+month+`)(?:`+sp+`((?:19|20)\d\d))?`,
		func(c []string) (expr.Expr, bool) {
			pre, link := rule.Fold(c[0]), rule.Fold(c[3]+c[4])
			if (pre == "entre") != (link == "et") || pre == "" && link != "-" && link != "–" {
				return rule.Skip()
			}
			c = append(c[:3:3], c[5:]...) // pre, month, year, month, year
			return expr.MonthSpan(monthOf(c[1]), year(c[2]), monthOf(c[3]), year(c[4])), true
		}).On(monthWords...)
}
