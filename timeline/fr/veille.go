package fr

import (
	"strings"

	"frise/timeline"
	"frise/timeline/rule"
)

// Veille reads the days named from the story's day: "la veille",
// "l'avant-veille", "le lendemain", "le surlendemain", with a part of the
// day ("la veille au soir", "le lendemain matin"). They count from the date
// mentioned just before, else from the article's.
func Veille() *rule.Rule {
	return rule.New("fr.veille",
		`(la`+sp+`veille|l`+apos+`avant-veille|l`+apos+`avant`+sp+`veille|le`+sp+`lendemain|le`+sp+`surlendemain)(?:`+sp+part+`)?`,
		func(c []string) (timeline.Expr, bool) {
			e := timeline.NewExpr(timeline.Date)
			e.Anchor = timeline.AnchorPrev
			w := rule.Fold(c[0])
			n := 1
			switch {
			case strings.Contains(w, "avant"):
				n = -2
			case strings.Contains(w, "veille"):
				n = -1
			case strings.Contains(w, "surlendemain"):
				n = 2
			}
			e.Shift = timeline.Shift{N: n, Unit: timeline.Day}
			return withPart(e, c[1], c[2]), true
		}).On("veille", "lendemain", "surlendemain")
}
