package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Head reads the first or last units of a period: "les neuf premiers mois
// de l'année", "les deux dernières semaines du mois", "le premier jour de
// l'année", "les trois premiers mois de l'année dernière", and "les six premiers mois", to be joined with the period
// written after it ("… de 2021", "… de l'année dernière": see
// timeline/tag). Alone, "les six premiers mois" is a length (P6M), and
// "les trois derniers mois" is Recent's. "Le premier trimestre" is a
// quarter (Quarter).
func Head() *rule.Rule {
	return rule.New("fr.head",
		`(?:(?:les|des|aux|ces)`+sp+`(`+count+`)`+sp+`(premiers|premières|premieres|derniers|dernières|dernieres)`+sp+`(jours|semaines|mois|trimestres)`+
			`|(?:le|du|au)`+sp+`(premier|dernier)`+sp+`(jour|mois))`+
			`(?:`+sp+`(de`+sp+`l`+apos+`année|de`+sp+`l`+apos+`annee|de`+sp+`l`+apos+`an|du`+sp+`mois|de`+sp+`la`+sp+`semaine)`+
			`(?:`+sp+`(dernière|derniere|dernier|passée|passee|passé|passe|écoulée|ecoulee|écoulé|ecoule|prochaine|prochain|précédente|precedente|précédent|precedent|suivante|suivant))?)?`,
		func(c []string) (expr.Expr, bool) {
			n, ok, which, u := 1, true, c[1], c[2]
			if c[0] != "" {
				n, ok = numberOf(c[0])
			} else {
				which, u = c[3], c[4]
			}
			unit, letter, g := unitOf(u)
			if !ok {
				return rule.Skip()
			}
			if letter == "Q" {
				n *= 3
			}
			f := rule.Fold(which)
			first := f[0] == 'p'
			if !first {
				n = -n
			}
			e := expr.Expr{Type: expr.Date}
			e.Head = expr.Shift{N: n, Unit: unit}
			switch tail := rule.Fold(c[5]); {
			case tail == "":
				if !first || c[0] == "" {
					return rule.Skip() // "les trois derniers mois" (Recent), "le premier jour" of something
				}
				d := expr.Expr{Type: expr.Duration}
				d.Grain, d.Timex, d.Head = g, durationTimex(abs(n), true, "M"), e.Head
				if letter != "Q" {
					d.Timex = durationTimex(abs(n), true, letter)
				}
				return d, true
			case tail[len(tail)-4:] == "mois":
				e.Shift, e.Grain = expr.Shift{Unit: expr.Month}, expr.GrainMonth
			case tail[len(tail)-7:] == "semaine":
				e.Shift, e.Grain = expr.Shift{Unit: expr.Week}, expr.GrainWeek
			default:
				e.Shift, e.Grain = expr.Shift{Unit: expr.Year}, expr.GrainYear
			}
			if unit >= e.Shift.Unit {
				return rule.Skip() // "les deux premiers mois du mois"
			}
			var k int
			k, e.Anchor = placeOf(rule.Fold(c[6])) // "de l'année dernière", "du mois précédent"
			e.Shift.N = k
			return e, true
		}).On(unitWords...)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
