package fr

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Veille reads the days named from the story's day: "la veille",
// "l'avant-veille", "le lendemain", "au lendemain", "le surlendemain", "le
// jour précédent", "le jour suivant", "le jour d'avant", "le jour d'après",
// "la journée suivante", with a part of the day ("la veille au soir", "le
// lendemain matin"). They count from the date mentioned just before, else
// from the article's ("au lendemain du scrutin": the day after the story's
// own, the scrutin told of before).
func Veille() *rule.Rule {
	return rule.New("fr.veille",
		`(la`+sp+`veille|à`+sp+`la`+sp+`veille|l`+apos+`avant-veille|l`+apos+`avant`+sp+`veille|le`+sp+`lendemain|au`+sp+`lendemain|le`+sp+`surlendemain|`+
			`le`+sp+`jour`+sp+`(?:précédent|precedent|suivant|d`+apos+`avant|d`+apos+`après|d`+apos+`apres)|la`+sp+`journée`+sp+`(?:précédente|precedente|suivante))(?:`+sp+part+`)?`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Anchor = expr.AnchorPrev
			w := rule.Fold(c[0])
			n := 1
			switch {
			case strings.Contains(w, "avant-veille"), strings.Contains(w, "avant veille"):
				n = -2
			case strings.Contains(w, "veille"), strings.Contains(w, "préc"), strings.Contains(w, "prec"), strings.HasSuffix(w, "avant"):
				n = -1
			case strings.Contains(w, "surlendemain"):
				n = 2
			}
			e.Shift = expr.Shift{N: n, Unit: expr.Day}
			return withPart(e, c[1], c[2]), true
		}).On("veille", "lendemain", "surlendemain", "jour", "journée")
}
