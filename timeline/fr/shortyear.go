package fr

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// ShortYear reads a year written with two digits after "en", "depuis",
// "dès", "jusqu'en": "élu en 89, réélu en 95", "au club depuis 97". The
// century is the reader's (see expr.Expr's Year): the one that puts
// the year at most ten years after the article's. The number must end its
// clause or come before a word that cannot count it ("en 89 et 95", "en
// 97 lors de…"): "en 12 exemplaires", "en 35 heures", "en 95 %" are no
// years.
func ShortYear() *rule.Rule {
	return rule.NewFollowed("fr.short-year",
		`(en|depuis|dès|des|jusqu`+apos+`en)`+sp+`(\d\d)`,
		shortYearFollow,
		func(c []string) (expr.Expr, bool) {
			y, err := strconv.Atoi(c[1])
			if err != nil || y == 0 {
				return expr.Expr{}, false
			}
			e := expr.Expr{Type: expr.Date}
			e.Year, e.Grain = y, expr.GrainYear
			return e, true
		}).On(rule.Digits)
}

// shortYearFollow is what may come after a year in two digits: the end of
// its clause, or a word that cannot count it.
// A colon or a stop before a digit is a clock or a number ("mai 12:00").
const shortYearFollow = `\s*(?:[,;)!?»]|[.:](?:\D|$)|$)|` + sp + `(?:et|puis|ou|lors|quand|lorsque|alors|avant|après|apres|déjà|deja|mais|où|comme|pour|avec|contre|par|sous|sur|il|elle|ils|elles|on|le|la|les|à|au|aux|dans)(?:[^\p{L}]|$)`
