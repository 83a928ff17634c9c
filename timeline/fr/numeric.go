package fr

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Numeric reads dates in digits: "05/01/2022", "5.1.2022", "23/06/18",
// "02 04 2009" (day first, as French writes them), ISO "2022-01-05" and
// "2022/01/05", a month
// abbreviation between numbers ("23/sept/2020", "2020/sep/23"), with a
// weekday before ("samedi 9/2/20"), and a day and month alone after "le" or
// a weekday ("le 8/2") or where it cannot be a fraction ("23/12",
// "05/01"): a bare "8/2" is as often a ratio or a score.
func Numeric() *rule.Rule {
	return rule.New("fr.numeric",
		`(?:(le|du|au|`+weekday+`)`+sp+`)?(?:(\d{1,2})([/.])(\d{1,2})(?:([/.])(\d{4}|\d{2}))?|(\d{4})[-/](\d{1,2})[-/](\d{1,2})|`+
			`(\d{1,2})[ ](\d{1,2})[ ]((?:19|20)\d\d)|(\d{1,2})[/-](`+monthAbbr+`)[/-](\d{4})|(\d{4})[/-](`+monthAbbr+`)[/-](\d{1,2})|(`+monthAbbr+`)-(\d{1,2})-(\d{4}))`,
		func(c []string) (expr.Expr, bool) {
			var d, m, y int
			e := expr.Expr{Type: expr.Date}
			switch {
			case c[6] != "":
				y, _ = strconv.Atoi(c[6])
				m, _ = strconv.Atoi(c[7])
				d, _ = strconv.Atoi(c[8])
			case c[9] != "":
				d, _ = strconv.Atoi(c[9])
				m, _ = strconv.Atoi(c[10])
				y, _ = strconv.Atoi(c[11])
			case c[12] != "":
				d, _ = strconv.Atoi(c[12])
				m = monthOf(c[13])
				y, _ = strconv.Atoi(c[14])
			case c[15] != "":
				y, _ = strconv.Atoi(c[15])
				m = monthOf(c[16])
				d, _ = strconv.Atoi(c[17])
			case c[18] != "":
				m = monthOf(c[18])
				d, _ = strconv.Atoi(c[19])
				y, _ = strconv.Atoi(c[20])
			default:
				if c[4] == "" && (c[0] == "" && !dayMonth(c[1], c[3]) || c[2] != "/") {
					return expr.Expr{}, false
				}
				if c[4] != "" && c[2] != c[4] {
					return expr.Expr{}, false
				}
				d, _ = strconv.Atoi(c[1])
				m, _ = strconv.Atoi(c[3])
				if c[5] != "" {
					y = year(c[5])
				}
			}
			if m < 1 || m > 12 || d < 1 || d > 31 {
				return expr.Expr{}, false
			}
			e.Year, e.Month, e.Day = y, m, d
			if w := weekdayOf(c[0]); w >= 0 {
				e.Weekday = expr.Some(w)
			}
			return e, true
		}).On(rule.Numeric, rule.Year)
}

// dayMonth reports whether d/m, written alone, reads as a date rather than
// a fraction: a day past 12 ("23/12") or both numbers on two digits
// ("05/01").
func dayMonth(d, m string) bool {
	n, _ := strconv.Atoi(d)
	return n > 12 || len(d) == 2 && len(m) == 2
}
