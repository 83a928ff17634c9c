package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// EdgeDay reads the first or last day of a month: "le dernier jour de
// février", "le premier jour du mois de mai", "le dernier jour d'octobre
// 2001". The month without a year is placed as "en février" is. "Le
// dernier jour de l'année" is Head's.
func EdgeDay() *rule.Rule {
	return rule.New("fr.edge-day",
		`(?:le|du|au|ce)`+sp+`(premier|1er|dernier)`+sp+`jour`+sp+
			`(?:(?:de`+sp+`|du`+sp+`mois`+sp+`de`+sp+`|du`+sp+`mois`+sp+`d`+apos+`|d`+apos+`)(`+month+`)(?:`+sp+`((?:19|20)\d\d))?)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Head = expr.Shift{N: 1, Unit: expr.Day}
			if rule.Fold(c[0]) == "dernier" {
				e.Head.N = -1
			}
			e.Month, e.Year, e.Grain = monthOf(c[1]), year(c[2]), expr.GrainMonth
			return e, true
		}).On("jour")
}
