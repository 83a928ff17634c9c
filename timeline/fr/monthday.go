package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// MonthDay reads a day of the month named alone: "le 23", "ce 14", "le
// 1er". Numbers follow "le" for many other things ("le 23 000e visiteur",
// "le 2 à 1"), so it is a date only where the text goes on as after one: a
// punctuation mark, the end of the text, or "à 18 h", "au soir", "et le
// 24", "dans la nuit". The month is the one that puts the day nearest the
// article's, or on the side the tense gives.
func MonthDay() *rule.Rule {
	return rule.NewFollowed("fr.month-day",
		`(?:le|ce)`+sp+`(1er|1ᵉʳ|\d{1,2})`,
		afterDay,
		func(c []string) (expr.Expr, bool) {
			d, ok := numberOf(c[0])
			if c[0] == "1ᵉʳ" {
				d, ok = 1, true
			}
			if !ok || d < 1 || d > 31 {
				return expr.Expr{}, false
			}
			e := expr.Expr{Type: expr.Date}
			e.Day = d
			return e, true
		}).On(rule.Digits)
}

// afterDay is how a text goes on after a day of the month named alone:
// a punctuation mark, its end, a time ("à 18 h", "entre 14 et 16
// heures"), or a few words ("au soir", "et le 24", "dans la nuit", "du
// mois prochain").
const afterDay = `[\s\x{00a0}\x{202f}]*(?:[,.;:!?)»]|$)|` + sp + `(?:(?:à|a|vers|dès|de|entre)` + sp + `(?:\d{1,2}[\s\x{00a0}\x{202f}]?(?:h|heures?)(?:[^\p{L}_]|$)|\d{1,2}:\d|midi|minuit)|` +
	`(?:de|entre)` + sp + `\d{1,2}` + sp + `(?:à|a|et)` + sp + `\d{1,2}[\s\x{00a0}\x{202f}]?(?:h|heures?)(?:[^\p{L}_]|$)|(?:au|et|ou|dans|en|matin|soir|midi|après-midi|apres-midi|jusqu)[^\p{L}\p{N}_]|du` + sp + `mois` + sp + `(?:prochain|dernier|suivant|précédent|precedent)(?:[^\p{L}\p{N}_]|$))`
