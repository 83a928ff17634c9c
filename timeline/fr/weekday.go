package fr

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Weekday reads a day of the week: "mardi", "ce mardi", "mardi dernier",
// "jeudi prochain", "mercredi soir", "dimanche en fin d'après-midi", "le
// mardi suivant", "mardi en huit" (a week after the coming one), "tôt
// dimanche matin", "aux premières heures de dimanche" (its first hours). "Mardi gras" and "vendredi saint" are feasts, not a
// weekday of the story: they match so that no shorter rule reads them, and
// mean nothing.
func Weekday() *rule.Rule {
	return rule.New("fr.weekday",
		`(?:((?:plus`+sp+`)?(?:tôt|tot)|aux`+sp+`premières`+sp+`heures`+sp+`de|aux`+sp+`premieres`+sp+`heures`+sp+`de)`+sp+`)?`+
			`(?:(ce|cet|cette|ce`+sp+`même|le)`+sp+`)?(`+weekday+`)(?:`+sp+`(gras|saint))?`+
			`(?:`+sp+`(dernier|passé|passe|prochain|suivant|précédent|precedent|en`+sp+`huit|en`+sp+`quinze))?`+
			`(?:,?`+sp+part+`)?(?:`+sp+`(dernier|prochain))?`+
			`(?:`+sp+`de`+sp+`la`+sp+`semaine`+sp+`(dernière|derniere|passée|passee|prochaine|précédente|precedente|suivante|d`+apos+`avant|d`+apos+`après|d`+apos+`apres))?`,
		func(c []string) (expr.Expr, bool) {
			// "tôt dimanche", "aux premières heures de dimanche": its first
			// hours; "plus tôt mardi" is earlier on Tuesday, all of it.
			early := c[0] != "" && !strings.HasPrefix(rule.Fold(c[0]), "plus")
			c = c[1:]
			if c[2] != "" {
				return expr.Expr{}, false
			}
			e := expr.Expr{Type: expr.Date}
			e.Anchor = expr.AnchorDoc
			e.Weekday = expr.Some(weekdayOf(c[1]))
			mod := rule.Fold(c[3])
			if mod == "" {
				mod = rule.Fold(c[6])
			}
			switch mod {
			case "dernier", "passé", "passe":
				e.Dir = expr.DirPast
			case "prochain":
				e.Dir = expr.DirFuture
			case "en huit", "en quinze":
				// "mardi en huit": a week after the coming Tuesday.
				e.Dir, e.Then = expr.DirFuture, expr.Shift{N: 7, Unit: expr.Day}
				if strings.HasSuffix(mod, "quinze") {
					e.Then.N = 14
				}
			case "suivant":
				e.Anchor, e.Dir = expr.AnchorPrev, expr.DirFuture
			case "précédent", "precedent":
				e.Anchor, e.Dir = expr.AnchorPrev, expr.DirPast
			}
			switch rule.Fold(c[0]) {
			case "ce", "cet", "cette":
				if e.Dir == expr.DirAuto {
					e.Dir = expr.DirNearest
				}
			case "ce même", "ce meme":
				e.Anchor = expr.AnchorPrev
			}
			if week := rule.Fold(c[7]); week != "" {
				// "jeudi de la semaine dernière": that week's Thursday,
				// whatever the day the story is told on.
				if c[3] != "" || c[6] != "" {
					return expr.Expr{}, false // "mardi dernier de la semaine prochaine"
				}
				e.Dir, e.Shift = expr.DirNearest, expr.Shift{N: 1, Unit: expr.Week}
				switch week {
				case "dernière", "derniere", "passée", "passee":
					e.Shift.N = -1
				case "précédente", "precedente", "d'avant", "d’avant":
					e.Anchor, e.Shift.N = expr.AnchorPrev, -1
				case "suivante", "d'après", "d'apres", "d’après", "d’apres":
					e.Anchor = expr.AnchorPrev
				}
			}
			e = withPart(e, c[4], c[5])
			if early && e.Mod == expr.NoMod && !e.Hour.IsSet() {
				e.Mod = expr.Start
			}
			return e, true
		}).On(weekdayWords...)
}
