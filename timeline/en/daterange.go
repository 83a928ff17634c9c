package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// wd is a weekday that may stand before either end: "from Monday Jan. 3
// to Wednesday Jan. 5".
const wd = `(?:(?:` + weekday + `|` + weekdayAbbr + `)\.?,?` + sp + `)?`

// DateRange reads a span of days: "from January 2 to 5", "Jan. 2-5",
// "between March 1 and March 3, 2022", "2-5 January", "from Monday Jan. 3
// to Wednesday Jan. 5".
func DateRange() *rule.Rule {
	return rule.New("en.date-range",
		`(?:(from|between)`+sp+`)?(?:`+wd+`(`+month+`)`+sp+ordinal+`(?:,?`+sp+`((?:19|20)\d\d))?\s*(to|through|until|and|-|–)\s*`+wd+`(?:(`+month+`)`+sp+`)?`+ordinal+
			`|`+ordinal+`(?:`+sp+`(`+month+`)(?:`+sp+`((?:19|20)\d\d))?)?\s*(to|through|until|and|-|–)\s*`+ordinal+sp+`(`+month+`))(?:,?`+sp+`((?:19|20)\d\d))?`,
		func(c []string) (expr.Expr, bool) {
			pre := rule.Fold(c[0])
			link := rule.Fold(c[4] + c[10])
			if (link == "and") != (pre == "between") || (pre == "" && link == "until") {
				return rule.Skip()
			}
			var m1, m2 string
			var d1s, d2s string
			if c[1] != "" {
				m1, d1s, m2, d2s = c[1], c[2], c[5], c[6]
				if m2 == "" {
					m2 = m1
				}
			} else {
				d1s, m1, d2s, m2 = c[7], c[8], c[11], c[12]
				if m1 == "" {
					m1 = m2
				}
			}
			d1, ok1 := dayNum(d1s)
			d2, ok2 := dayNum(d2s)
			if !ok1 || !ok2 {
				return expr.Expr{}, false
			}
			a, b := expr.Expr{Type: expr.Date}, expr.Expr{Type: expr.Date}
			a.Day, a.Month, b.Day, b.Month = d1, monthOf(m1), d2, monthOf(m2)
			if c[13] != "" {
				b.Year = year(c[13])
				a.Year = b.Year
				if a.Month > b.Month {
					a.Year--
				}
			}
			if y1 := c[3] + c[9]; y1 != "" {
				a.Year = year(y1)
			}
			e := expr.Expr{Type: expr.Date}
			e.Range = &[2]expr.Expr{a, b}
			return e, true
		}).On(monthWords...)
}
