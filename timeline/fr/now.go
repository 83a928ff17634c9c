package fr

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// Now reads the present of the article: "maintenant", "actuellement",
// "désormais", "à présent", "en ce moment". TIMEX3 writes it PRESENT_REF;
// it dates no event of its own.
func Now() *rule.Rule {
	return rule.New("fr.now",
		`(maintenant|actuellement|désormais|desormais|à`+sp+`présent|a`+sp+`present|en`+sp+`ce`+sp+`moment)`,
		func(c []string) (timeline.Expr, bool) {
			e := timeline.NewExpr(timeline.Time)
			e.Timex = "PRESENT_REF"
			return e, true
		})
}
