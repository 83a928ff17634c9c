package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Period reads a week, a month or a quarter named from the article's:
// "cette semaine", "la semaine dernière", "le mois prochain", "ce
// mois-ci", "le trimestre dernier", "ce week-end", "la semaine suivante"
// and "cette semaine-là", "ce week-end-là" (from the story's day), "au
// cours du week-end", "pendant le week-end" (this one, as "ce week-end").
func Period() *rule.Rule {
	return rule.New("fr.period",
		`(?:(au`+sp+`cours|pendant|durant|lors)`+sp+`)?(la|le|ce|cette|cet|au|du)`+sp+`(semaine|mois|trimestre|week-end|weekend)(-ci|-là|-la)?(?:`+sp+
			`(dernière|derniere|dernier|passée|passee|passé|écoulée|ecoulee|écoulé|ecoule|passe|prochaine|prochain|précédente|precedente|précédent|precedent|suivante|suivant))?`,
		func(c []string) (expr.Expr, bool) {
			lead, c := c[0], c[1:]
			det, unit, mod := rule.Fold(c[0]), rule.Fold(c[1]), rule.Fold(c[3])
			weekend := unit == "week-end" || unit == "weekend"
			if (det == "la" || det == "le" || det == "au" || det == "du") && mod == "" && !(lead != "" && weekend && c[2] == "") {
				// "la semaine", "au mois de mai" alone are no date; "au
				// cours du week-end", "pendant le week-end" are this one.
				return expr.Expr{}, false
			}
			e := expr.Expr{Type: expr.Date}
			n, anchor := placeOf(mod)
			if there := rule.Fold(c[2]); there == "-là" || there == "-la" {
				if mod != "" {
					return expr.Expr{}, false
				}
				anchor = expr.AnchorPrev // "cette semaine-là": the week of the story
				e.Dir = expr.DirNearest  // "ce week-end-là": the one of that week
			}
			e.Anchor = anchor
			u, g, k := expr.Week, expr.GrainWeek, 1
			switch unit {
			case "mois":
				u, g = expr.Month, expr.GrainMonth
			case "trimestre":
				u, g, k = expr.Month, expr.GrainQuarter, 3
			}
			if weekend {
				e.Weekend, e.Weekday, e.Grain = true, expr.Some(6), expr.GrainWeek
				switch {
				case n < 0:
					e.Dir = expr.DirPast
				case n > 0:
					e.Dir = expr.DirFuture
				case e.Dir == expr.DirAuto:
					// "ce week-end", with no verb to place it: this week's;
					// "ce week-end, trois manifestations ont eu lieu" (a
					// Monday's paper) is the one just past.
					e.Lean = expr.DirNearest
				}
				return e, true
			}
			e.Shift = expr.Shift{N: n * k, Unit: u}
			e.Grain = g
			return e, true
		}).On("semaine", "mois", "trimestre", "week", "end", "weekend")
}
