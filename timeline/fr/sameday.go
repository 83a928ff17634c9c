package fr

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// SameDay reads the day the story is at: "le jour même", "le même jour",
// "ce jour-là", "le matin même", "le soir même", "à ce moment-là" (the
// very time told before); and "ce jour", the article's own day.
func SameDay() *rule.Rule {
	return rule.New("fr.same-day",
		`(le`+sp+`jour`+sp+`même|le`+sp+`jour`+sp+`meme|le`+sp+`même`+sp+`jour|le`+sp+`meme`+sp+`jour|ce`+sp+`jour-l[àa]|le`+sp+`(matin|soir)`+sp+`m[êe]me|ce`+sp+`jour|(?:à`+sp+`)?ce`+sp+`moment(?:-|`+sp+`)l[àa])`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Anchor = expr.AnchorPrev
			e.Shift = expr.Shift{Unit: expr.Day}
			f := rule.Fold(c[0])
			switch {
			case f == "ce jour":
				e.Anchor = expr.AnchorDoc
			case strings.Contains(f, "moment"):
				// The very time of the phrase before: a day, or a time of day.
				e.Type, e.Shift = expr.Time, expr.Shift{Unit: expr.Minute}
				return e, true
			}
			return withPart(e, c[1], c[1]), true
		}).On("jour", "matin", "soir", "moment")
}
