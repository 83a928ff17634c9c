package fr

import (
	"strings"

	"frise/timeline"
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
		func(c []string) (timeline.Expr, bool) {
			// "tôt dimanche", "aux premières heures de dimanche": its first
			// hours; "plus tôt mardi" is earlier on Tuesday, all of it.
			early := c[0] != "" && !strings.HasPrefix(rule.Fold(c[0]), "plus")
			c = c[1:]
			if c[2] != "" {
				return timeline.Expr{}, false
			}
			e := timeline.NewExpr(timeline.Date)
			e.Anchor = timeline.AnchorDoc
			e.Weekday = weekdayOf(c[1])
			mod := rule.Fold(c[3])
			if mod == "" {
				mod = rule.Fold(c[6])
			}
			switch mod {
			case "dernier", "passé", "passe":
				e.Dir = timeline.DirPast
			case "prochain":
				e.Dir = timeline.DirFuture
			case "en huit", "en quinze":
				// "mardi en huit": a week after the coming Tuesday.
				e.Dir, e.Then = timeline.DirFuture, timeline.Shift{N: 7, Unit: timeline.Day}
				if strings.HasSuffix(mod, "quinze") {
					e.Then.N = 14
				}
			case "suivant":
				e.Anchor, e.Dir = timeline.AnchorPrev, timeline.DirFuture
			case "précédent", "precedent":
				e.Anchor, e.Dir = timeline.AnchorPrev, timeline.DirPast
			}
			switch rule.Fold(c[0]) {
			case "ce", "cet", "cette":
				if e.Dir == timeline.DirAuto {
					e.Dir = timeline.DirNearest
				}
			case "ce même", "ce meme":
				e.Anchor = timeline.AnchorPrev
			}
			if week := rule.Fold(c[7]); week != "" {
				// "jeudi de la semaine dernière": that week's Thursday,
				// whatever the day the story is told on.
				if c[3] != "" || c[6] != "" {
					return timeline.Expr{}, false // "mardi dernier de la semaine prochaine"
				}
				e.Dir, e.Shift = timeline.DirNearest, timeline.Shift{N: 1, Unit: timeline.Week}
				switch week {
				case "dernière", "derniere", "passée", "passee":
					e.Shift.N = -1
				case "précédente", "precedente", "d'avant", "d’avant":
					e.Anchor, e.Shift.N = timeline.AnchorPrev, -1
				case "suivante", "d'après", "d'apres", "d’après", "d’apres":
					e.Anchor = timeline.AnchorPrev
				}
			}
			e = withPart(e, c[4], c[5])
			if early && e.Mod == timeline.NoMod && e.Hour < 0 {
				e.Mod = timeline.Start
			}
			return e, true
		}).On(weekdayWords...)
}
