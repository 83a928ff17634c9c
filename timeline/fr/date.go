package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Date reads a day of a month: "le 5 janvier", "mercredi 5 janvier 2022",
// "1er mars 2013", "5 janv.", "le 6 mai dernier", "octobre 98" is Month's.
// A year left out is the one that puts the date nearest the article's day,
// or on the side the clause's tense or "dernier"/"prochain" gives.
func Date() *rule.Rule {
	return rule.New("fr.date",
		`(?:(le|ce|du|au)`+sp+`)?(?:(`+weekday+`)`+sp+`)?(1er|1ᵉʳ|premier|\d{1,2}|`+dayWord+`)(?:`+sp+`|-)?(`+month+`)`+
			`(?:`+sp+`(?:de`+sp+`)?((?:1[89]|20)\d\d|`+apos+`?9\d))?(?:`+sp+`(derniers?|prochains?))?`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			det, c := c[0], c[1:]
			d, ok := numberOf(c[1])
			if c[1] == "1ᵉʳ" {
				d, ok = 1, true
			}
			if !ok || d < 1 || d > 31 {
				return expr.Expr{}, false
			}
			if d > 1 && (c[1][0] < '0' || c[1][0] > '9') && det == "" && c[0] == "" {
				// A day in words is a date after "le", "du" or a weekday
				// ("le quatre octobre"); alone, "trois mars" may be anything.
				return expr.Expr{}, false
			}
			e.Day, e.Month = d, monthOf(c[2])
			if c[0] != "" {
				e.Weekday = expr.Some(weekdayOf(c[0]))
			}
			if c[3] != "" {
				e.Year = year(trimApos(c[3]))
			}
			switch rule.Fold(c[4]) {
			case "dernier", "derniers":
				e.Dir = expr.DirPast
			case "prochain", "prochains":
				e.Dir = expr.DirFuture
			}
			return e, true
		}).On(monthWords...)
}

func trimApos(s string) string {
	for _, p := range []string{"'", "’"} {
		if len(s) >= len(p) && s[:len(p)] == p {
			return s[len(p):]
		}
	}
	return s
}
