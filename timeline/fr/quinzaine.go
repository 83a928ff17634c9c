package fr

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Quinzaine reads a half of a month: "la première quinzaine de juillet"
// (the 1st to the 15th), "la seconde quinzaine d'août 2021" (the 16th to
// the end).
func Quinzaine() *rule.Rule {
	return rule.New("fr.quinzaine",
		`(?:la`+sp+`)?(première|premiere|1re|deuxième|deuxieme|2e|seconde|dernière|derniere)`+sp+`quinzaine`+sp+
			`(?:de`+sp+`|d`+apos+`)(`+month+`)(?:`+sp+`((?:19|20)\d\d))?`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Month, e.Year, e.Grain = monthOf(c[1]), year(c[2]), expr.GrainMonth
			e.Mod = expr.SecondHalf
			if w := rule.Fold(c[0]); strings.HasPrefix(w, "prem") || w == "1re" {
				e.Mod = expr.FirstHalf
			}
			return e, true
		}).On("quinzaine")
}
