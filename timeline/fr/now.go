package fr

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// Now reads the present of the article: "maintenant", "actuellement",
// "désormais", "à présent", "en ce moment"; and its
// past, "auparavant", "jusqu'alors". TIMEX3 writes them PRESENT_REF and
// PAST_REF; they date no event of their own.
func Now() *rule.Rule {
	return rule.New("fr.now",
		`(maintenant|actuellement|désormais|desormais|à`+sp+`présent|a`+sp+`present|en`+sp+`ce`+sp+`moment|auparavant|jusqu`+apos+`alors|jusqu`+apos+`ici)`,
		func(c []string) (timeline.Expr, bool) {
			e := timeline.NewExpr(timeline.Time)
			e.Timex = "PRESENT_REF"
			switch rule.Fold(c[0]) {
			case "auparavant", "jusqu'alors":
				e.Timex = "PAST_REF"
			}
			return e, true
		}).On("maintenant", "actuellement", "désormais", "desormais", "présent", "present", "moment", "auparavant", "alors", "ici")
}
