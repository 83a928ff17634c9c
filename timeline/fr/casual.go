package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Casual reads the days named from today: "avant-hier", "hier",
// "aujourd'hui", "demain", "après-demain", with a weekday that confirms it
// ("aujourd'hui vendredi") and a part of the day ("hier soir", "demain en
// fin de matinée").
func Casual() *rule.Rule {
	return rule.New("fr.casual",
		`(avant-hier|avant`+sp+`hier|hier|aujourd`+apos+`hui|apr[eè]s-demain|apr[eè]s`+sp+`demain|demain)`+
			`(?:`+sp+`(`+weekday+`))?(?:,?`+sp+part+`)?`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Anchor = expr.AnchorDoc
			w := rule.Fold(c[0])
			n := 0
			switch {
			case w == "hier":
				n = -1
			case w == "demain":
				n = 1
			case len(w) > 5 && w[:5] == "avant":
				n = -2
			case len(w) > 4 && w[:3] == "apr":
				n = 2
			}
			e.Shift = expr.Shift{N: n, Unit: expr.Day}
			return withPart(e, c[2], c[3]), true
		}).On("hier", "demain", "aujourd")
}
