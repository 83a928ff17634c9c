package en

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Numeric reads dates in digits: "1/5/2022" (month first, as American
// English writes it), "2022-01-05", "2022/01/05", "13/04/21" (day first when
// the first number cannot be a month). Digits that look like a date and are
// none ("2014/13/22") are no date, nor is any number in them. Points are not
// read: "1.1.30" is a version.
func Numeric() *rule.Rule {
	return rule.New("en.numeric",
		`(?:(`+weekday+`|`+weekdayAbbr+`)\.?,?`+sp+`)?(?:(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})|(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})|(\d{1,2})/(\d{1,2}))`,
		func(c []string) (expr.Expr, bool) {
			var a, b, y int
			iso := c[6] != ""
			switch {
			case iso:
				// Year first is always year, month, day: "2024-13-01" is no date.
				y, _ = strconv.Atoi(c[6])
				a, _ = strconv.Atoi(c[7])
				b, _ = strconv.Atoi(c[8])
			case c[1] != "":
				if c[2] != c[4] || c[2] == "." && len(c[5]) == 2 {
					return expr.Expr{}, false // "1.5.10" is a version number
				}
				a, _ = strconv.Atoi(c[1])
				b, _ = strconv.Atoi(c[3])
				y = year(c[5])
			default:
				if c[0] == "" && !monthDay(c[9], c[10]) {
					return expr.Expr{}, false // "3/4" alone is a fraction
				}
				a, _ = strconv.Atoi(c[9])
				b, _ = strconv.Atoi(c[10])
			}
			m, d := a, b
			if m > 12 && d <= 12 && !iso {
				m, d = d, m
			}
			if m < 1 || m > 12 || d < 1 || d > 31 {
				return expr.Expr{}, false
			}
			e := expr.Expr{Type: expr.Date}
			e.Year, e.Month, e.Day = y, m, d
			if c[0] != "" {
				e.Weekday = expr.Some(weekdayOf(c[0]))
			}
			return e, true
		}).On(rule.Digits)
}

// monthDay reports whether m/d, written alone, reads as a date rather than
// a fraction: a day past 12 ("5/31") or both numbers on two digits
// ("08/10").
func monthDay(m, d string) bool {
	n, _ := strconv.Atoi(d)
	return n > 12 || len(m) == 2 && len(d) == 2
}
