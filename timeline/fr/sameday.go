package fr

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// SameDay reads the day the story is at: "le jour même", "le même jour",
// "ce jour-là", "le matin même", "le soir même"; and "ce jour", the
// article's own day.
func SameDay() *rule.Rule {
	return rule.New("fr.same-day",
		`(le`+sp+`jour`+sp+`même|le`+sp+`jour`+sp+`meme|le`+sp+`même`+sp+`jour|le`+sp+`meme`+sp+`jour|ce`+sp+`jour-l[àa]|le`+sp+`(matin|soir)`+sp+`m[êe]me|ce`+sp+`jour)`,
		func(c []string) (timeline.Expr, bool) {
			e := timeline.NewExpr(timeline.Date)
			e.Anchor = timeline.AnchorPrev
			e.Shift = timeline.Shift{Unit: timeline.Day}
			if f := rule.Fold(c[0]); f == "ce jour" {
				e.Anchor = timeline.AnchorDoc
			}
			return withPart(e, c[1], c[1]), true
		})
}
