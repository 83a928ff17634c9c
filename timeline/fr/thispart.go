package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// ThisPart reads a part of the article's day: "ce matin", "cet
// après-midi", "ce soir", "cette nuit" (told in the past, the night that
// ended this morning), "la nuit dernière", "la nuit prochaine"; with "-là"
// ("ce soir-là"), the day of the story told just before.
func ThisPart() *rule.Rule {
	return rule.New("fr.this-part",
		`(?:(?:ce|cet|cette)`+sp+`(matin(?:ée|ee)?|apr[eè]s-midi|soir(?:ée|ee)?|nuit|midi)(-l[àa])?`+
			`|la`+sp+`(nuit|soirée|soiree|matinée|matinee)`+sp+`(dernière|derniere|passée|passee|précédente|precedente|suivante|prochaine))`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Anchor = expr.AnchorDoc
			word := c[0]
			if word == "" {
				word = c[2]
				switch rule.Fold(c[3]) {
				case "dernière", "derniere", "passée", "passee":
					e.Dir = expr.DirPast
					if partOf(word) != expr.Night {
						e.Shift = expr.Shift{N: -1, Unit: expr.Day}
					}
				case "prochaine":
					e.Dir = expr.DirFuture
					if partOf(word) != expr.Night {
						e.Shift = expr.Shift{N: 1, Unit: expr.Day}
					}
				case "précédente", "precedente":
					e.Anchor, e.Shift = expr.AnchorPrev, expr.Shift{N: -1, Unit: expr.Day}
				case "suivante":
					e.Anchor, e.Shift = expr.AnchorPrev, expr.Shift{N: 1, Unit: expr.Day}
				}
			} else if c[1] != "" {
				e.Anchor = expr.AnchorPrev
			}
			return withPart(e, word, word), true
		}).On("matin", "matinée", "matinee", "soir", "soirée", "soiree", "nuit", "midi", "après", "apres")
}
