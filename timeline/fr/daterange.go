package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// DateRange reads a span of days: "du 2 au 5 janvier", "du 28 décembre au
// 3 janvier 2022", "entre le 2 et le 5 janvier", "10 - 22 août 2012", "du
// 24 août 2023 au 26 août 2023". The first day takes the month and year of
// the second when it has none; a first month after the second is in the
// year before.
func DateRange() *rule.Rule {
	return rule.New("fr.date-range",
		`(?:(du|entre(?:`+sp+`le)?)`+sp+`)?(1er|\d{1,2})(?:`+sp+`(`+month+`)(?:`+sp+`((?:19|20)\d\d))?)?`+
			`\s*(au|et`+sp+`le|et|-|–)\s*(?:le`+sp+`)?(1er|\d{1,2})`+sp+`(`+month+`)(?:`+sp+`((?:19|20)\d\d))?(?:`+sp+`(derniers?|prochains?))?`,
		func(c []string) (expr.Expr, bool) {
			pre, link := rule.Fold(c[0]), rule.Fold(c[4])
			if link != "au" && link != "-" && link != "–" && pre == "" || (link == "au" && pre != "" && pre != "du") {
				return rule.Skip() // "les 6 et 13 avril" are two days
			}
			d1, _ := numberOf(c[1])
			d2, _ := numberOf(c[5])
			if d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 {
				return expr.Expr{}, false
			}
			a, b := expr.Expr{Type: expr.Date}, expr.Expr{Type: expr.Date}
			b.Day, b.Month = d2, monthOf(c[6])
			a.Day, a.Month = d1, b.Month
			if c[2] != "" {
				a.Month = monthOf(c[2])
			} else if d1 > d2 {
				// "du 28 au 3 janvier": the first day is in the month before.
				if a.Month--; a.Month == 0 {
					a.Month = 12
				}
			}
			if c[7] != "" {
				b.Year = year(c[7])
				a.Year = b.Year
				if a.Month > b.Month {
					a.Year--
				}
			}
			if c[3] != "" {
				a.Year = year(c[3])
			}
			switch rule.Fold(c[8]) {
			case "dernier", "derniers":
				a.Dir = expr.DirPast // "du 14 au 16 juillet dernier": the last such days
			case "prochain", "prochains":
				a.Dir = expr.DirFuture
			}
			e := expr.Expr{Type: expr.Date}
			e.Range = &[2]expr.Expr{a, b}
			return e, true
		}).On(monthWords...)
}
