package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// DayPart reads a part of the day the story is at: "dans la matinée", "en
// fin d'après-midi", "tôt dans la soirée", "dans la nuit", "en début de
// journée", "en pleine nuit", "en plein après-midi". It counts from the date mentioned before, else the article's.
func DayPart() *rule.Rule {
	return rule.New("fr.day-part",
		`((?:dans`+sp+`la|dans`+sp+`l`+apos+`|en`+sp+`(?:fin|début|debut|milieu)`+sp+`(?:de`+sp+`la|de|d`+apos+`)|(?:tôt|tot|tard)`+sp+`dans`+sp+`(?:la|l`+apos+`)|(?:durant|pendant|au`+sp+`cours`+sp+`de)`+sp+`(?:la|l`+apos+`)|en`+sp+`pleine?|en)\s*)`+
			`(matin(?:ée|ee)|apr[eè]s-midi|soir(?:ée|ee)|nuit|journée|journee)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Anchor = expr.AnchorPrev
			e.Shift = expr.Shift{Unit: expr.Day}
			w := rule.Fold(c[1])
			if w == "nuit" && rule.Fold(c[0]) == "en " {
				return expr.Expr{}, false // "en nuit": a shift, not a time
			}
			if w == "journée" || w == "journee" {
				switch modOf(c[0]) {
				case expr.Start:
					w = "matin"
				case expr.End:
					w = "soir"
				default:
					e.Type = expr.Date
					return e, true
				}
				return withPart(e, "", w), true
			}
			return withPart(e, c[0]+c[1], c[1]), true
		}).On("matinée", "matinee", "après", "apres", "soirée", "soiree", "nuit", "journée", "journee")
}
