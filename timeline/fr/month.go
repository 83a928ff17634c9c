package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Month reads a month: "en janvier", "janvier 2022", "début mars",
// "mi-janvier", "fin octobre dernier", "au mois de juin", "octobre 98".
// A bare month name is read only when it cannot be something else: "Mars"
// (the planet), "Mai" (a name) need a preposition, a year or
// "dernier"/"prochain" when they take a capital, abbreviations ("sept",
// seven) always.
func Month() *rule.Rule {
	return rule.New("fr.month",
		`(?:(en|début|debut|fin|courant|mi|dès|des|(?:au|le|du)`+sp+`mois`+sp+`(?:de|d`+apos+`)|(?:en|à)`+sp+`(?:la`+sp+`)?(?:fin|début|debut|mi)`+sp+`(?:de`+sp+`|d`+apos+`)?)(?:-|`+sp+`)?)?`+
			`(`+month+`)(?:`+sp+`((?:1[89]|20)\d\d|`+apos+`?9\d))?(?:`+sp+`(dernier|prochain))?`,
		func(c []string) (expr.Expr, bool) {
			pre, name := rule.Fold(c[0]), rule.Fold(c[1])
			if pre == "" && c[2] == "" && c[3] == "" {
				switch name {
				case "janvier", "février", "fevrier", "avril", "juin", "juillet", "août", "aout",
					"septembre", "octobre", "novembre", "décembre", "decembre":
				case "mars", "mai":
					// Written in lower case, the month ("depuis mars",
					// "avant mai"); the planet and the name take a capital.
					if c[1] != name {
						return expr.Expr{}, false
					}
				default:
					return expr.Expr{}, false
				}
			}
			e := expr.Expr{Type: expr.Date}
			e.Month = monthOf(name)
			e.Grain = expr.GrainMonth
			e.Mod = modOf(pre)
			if pre == "des" || pre == "dès" || pre == "en" || pre == "courant" {
				e.Mod = expr.NoMod
			}
			if c[2] != "" {
				e.Year = year(trimApos(c[2]))
			}
			switch rule.Fold(c[3]) {
			case "dernier":
				e.Dir = expr.DirPast
			case "prochain":
				e.Dir = expr.DirFuture
			}
			return e, true
		}).On(monthWords...)
}
