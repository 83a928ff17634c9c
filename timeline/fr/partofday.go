package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// PartOfDay reads "le soir", "le matin", "au matin", "l'après-midi", "la
// soirée", "la nuit" when a day follows ("le soir du 31 décembre", "au
// matin du 5 janvier", "la nuit de mardi"): the tagger joins them into
// that part of that day. Alone, "le soir" is a habit or a manner of
// speaking, no date; "le matin de l'attentat" names an event.
func PartOfDay() *rule.Rule {
	return rule.NewFollowed("fr.part-of-day",
		`(?:le|au)`+sp+`(matin|soir)|l`+apos+`(après-midi|apres-midi)|la`+sp+`(matinée|matinee|soirée|soiree|nuit)`,
		sp+`(?:du`+sp+`(?:\d|1er|`+weekday+`)|de`+sp+`(?:`+weekday+`|hier|demain|ce`+sp+``+weekday+`))`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Anchor = expr.AnchorPrev
			e.Shift = expr.Shift{Unit: expr.Day}
			return withPart(e, "", c[0]+c[1]+c[2]), true
		}).On("matin", "soir", "après", "apres", "matinée", "matinee", "soirée", "soiree", "nuit")
}
