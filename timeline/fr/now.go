package fr

import (
	"strings"

	"frise/timeline"
	"frise/timeline/rule"
)

// Now reads the present of the article: "maintenant", "actuellement",
// "désormais", "à présent", "en ce moment"; its past, "auparavant",
// "jusqu'alors", "récemment", "autrefois", "à l'époque"; and its future,
// "bientôt", "prochainement". TIMEX3 writes them PRESENT_REF, PAST_REF
// and FUTURE_REF; only the present has a place (the article's time).
func Now() *rule.Rule {
	return rule.New("fr.now",
		`(maintenant|actuellement|désormais|desormais|à`+sp+`présent|a`+sp+`present|en`+sp+`ce`+sp+`moment|auparavant|jusqu`+apos+`alors|jusqu`+apos+`ici|`+
			`récemment|recemment|dernièrement|dernierement|naguère|autrefois|jadis|à`+sp+`l`+apos+`époque|à`+sp+`cette`+sp+`époque(?:-là)?|`+
			`ces`+sp+`derniers`+sp+`temps|il`+sp+`y`+sp+`a`+sp+`peu`+sp+`de`+sp+`temps|à`+sp+`l`+apos+`heure`+sp+`actuelle|de`+sp+`nos`+sp+`jours|bientôt|bientot|prochainement|sous`+sp+`peu|dans`+sp+`un`+sp+`(?:proche`+sp+`avenir|avenir`+sp+`proche))`,
		func(c []string) (timeline.Expr, bool) {
			e := timeline.NewExpr(timeline.Time)
			e.Timex = "PRESENT_REF"
			switch w := rule.Fold(c[0]); {
			case w == "bientôt", w == "bientot", w == "prochainement", strings.HasPrefix(w, "sous"), strings.HasPrefix(w, "dans un"):
				e.Timex = "FUTURE_REF"
			case w == "auparavant", w == "jusqu'alors", strings.HasPrefix(w, "r"), strings.HasPrefix(w, "dern"),
				w == "naguère", w == "autrefois", w == "jadis", strings.Contains(w, "époque"), strings.HasPrefix(w, "ces"),
				strings.HasPrefix(w, "il"):
				e.Timex = "PAST_REF"
			}
			return e, true
		}).On("maintenant", "actuellement", "désormais", "desormais", "présent", "present", "moment", "auparavant", "alors", "ici",
		"récemment", "recemment", "dernièrement", "dernierement", "naguère", "autrefois", "jadis", "époque", "bientôt", "bientot", "prochainement",
		"temps", "peu", "actuelle", "jours", "avenir")
}
