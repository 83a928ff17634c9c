package fr

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Within reads a time inside the period the story is at: "plus tôt dans
// la journée", "plus tard dans la semaine", "plus tôt dans l'année",
// "plus tard dans le mois". The text does not say where in it: the value
// is the whole day, week, month or year of the date told before (or of
// the article's). "tard dans la soirée" is DayPart's.
func Within() *rule.Rule {
	return rule.New("fr.within",
		`plus`+sp+`(?:tôt|tot|tard)`+sp+`dans`+sp+`(la`+sp+`journée|la`+sp+`journee|la`+sp+`semaine|le`+sp+`mois|l`+apos+`année|l`+apos+`annee)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Anchor = expr.AnchorPrev
			switch p := rule.Fold(c[0]); {
			case strings.HasSuffix(p, "semaine"):
				e.Shift, e.Grain = expr.Shift{Unit: expr.Week}, expr.GrainWeek
			case strings.HasSuffix(p, "mois"):
				e.Shift, e.Grain = expr.Shift{Unit: expr.Month}, expr.GrainMonth
			case strings.Contains(p, "ann"):
				e.Shift, e.Grain = expr.Shift{Unit: expr.Year}, expr.GrainYear
			default:
				e.Shift, e.Grain = expr.Shift{Unit: expr.Day}, expr.GrainDay
			}
			return e, true
		}).On("tôt", "tot", "tard")
}
