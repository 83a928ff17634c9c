package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// BarePart reads a part of the day named with no preposition, where it is
// the time of the clause: "toute la journée", "toute la soirée", "La
// soirée a été calme", "La journée s'est achevée", "La nuit a été
// agitée" (the night of the day told before), "Le soir, les rues
// étaient vides", "le matin venu". It is the story's day's, as "dans la
// soirée" is. Left out on purpose: the part named as an event or a
// programme ("la soirée de gala", "la journée de mobilisation", "une
// soirée dansante", "la journée mondiale"), which is no time; "le soir"
// or "le matin" alone ("Le soir, il lit", "il rentre le soir"), as often
// a habit as a time.
func BarePart() *rule.Rule {
	return rule.NewFollowed("fr.bare-part",
		`(toute`+sp+`la`+sp+`|la`+sp+`)(matin(?:ée|ee)|apr[eè]s-midi|soir(?:ée|ee)|nuit|journée|journee)|le`+sp+`(matin|soir)`+sp+`venu`,
		// A clause goes on: a comma or the end of a sentence, or its verb.
		`[\s\x{00a0}\x{202f}]*[,.;:!?]|`+sp+`(?:a|avait|aura|fut|est|était|etait|sera|s`+apos+`(?:est|était|etait|annonce|achève|acheve|termine|achevait|terminait))(?:\P{L}|$)`,
		func(c []string) (expr.Expr, bool) {
			w := rule.Fold(c[1] + c[2])
			e := expr.Expr{Type: expr.Time}
			e.Anchor = expr.AnchorPrev
			e.Shift = expr.Shift{Unit: expr.Day}
			if w == "journée" || w == "journee" {
				e.Type = expr.Date // the story's day
				return e, true
			}
			return withPart(e, "", w), true
		}).On("matin", "matinée", "matinee", "après", "apres", "soir", "soirée", "soiree", "nuit", "journée", "journee")
}
