package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Edge reads the start, middle or end of the article's year, month or
// week, or of the one before or after: "la fin de l'année", "en fin de
// semaine", "d'ici la fin du mois", "au début de l'année prochaine",
// "mi-mois", "fin d'année". The period is narrowed to its first, middle
// or last third, as "fin janvier" is; parts of the day are DayPart's.
func Edge() *rule.Rule {
	return rule.New("fr.edge",
		`(?:(?:la|le)`+sp+`)?(début|debut|fin|milieu|mi)(?:`+sp+`|-)(?:(?:de|du)`+sp+`(?:la`+sp+`|l`+apos+`)?|d`+apos+`)?`+
			`(année|annee|an|mois|semaine)(?:`+sp+`(dernière|derniere|dernier|passée|passee|passé|écoulée|ecoulee|écoulé|ecoule|passe|prochaine|prochain|en`+sp+`cours|précédente|precedente|précédent|precedent|suivante|suivant))?`,
		func(c []string) (expr.Expr, bool) {
			edge, unit, which := rule.Fold(c[0]), rule.Fold(c[1]), rule.Fold(c[2])
			if edge == "mi" && unit != "mois" && unit != "semaine" && unit != "année" {
				return expr.Expr{}, false // "mi-an" is no French
			}
			e := expr.Expr{Type: expr.Date}
			e.Mod = modOf(edge)
			u, g := expr.Year, expr.GrainYear
			switch unit {
			case "mois":
				u, g = expr.Month, expr.GrainMonth
			case "semaine":
				u, g = expr.Week, expr.GrainWeek
			}
			n, anchor := placeOf(which)
			e.Anchor, e.Shift, e.Grain = anchor, expr.Shift{N: n, Unit: u}, g
			return e, true
		}).On("année", "annee", "an", "mois", "semaine")
}
