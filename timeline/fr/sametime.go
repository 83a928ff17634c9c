package fr

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// SameTime reads "la même période de l'an dernier", "la même époque l'an
// passé", "la même période en 2020" and, with the year told before it,
// "l'année dernière à la même époque": the period told before, or the
// article's month, in that year (see expr.Expr.Same).
func SameTime() *rule.Rule {
	return rule.New("fr.same-time",
		`la`+sp+`même`+sp+`(?:époque|periode|période)`+
			`(?:`+sp+`(?:de`+sp+`|d`+apos+`)?l`+apos+`(?:année|annee|an)`+sp+`(dernière|derniere|dernier|passée|passee|passé|passe|précédente|precedente|précédent|precedent)`+
			`|`+sp+`(?:de|d`+apos+`|en)`+sp+`((?:19|20)\d\d))?`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Same, e.Anchor, e.Grain = true, expr.AnchorPrev, expr.GrainMonth
			switch f := rule.Fold(c[0]); {
			case len(f) > 2 && f[:2] == "pr":
				e.Then = expr.Shift{N: -1, Unit: expr.Year} // "de l'année précédente": before the story's
			case f != "":
				e.Shift = expr.Shift{N: -1, Unit: expr.Year}
			case c[1] != "":
				e.Year, _ = strconv.Atoi(c[1])
			}
			return e, true
		}).On("époque", "periode", "période")
}
