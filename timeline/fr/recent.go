package fr

import (
	"fmt"

	"frise/timeline"
	"frise/timeline/rule"
)

// Recent reads a stretch that ends (or starts) at the article's day: "ces
// derniers jours", "les trois derniers mois", "les prochaines semaines".
// The French TimeBank writes them as durations (PXD, P3M): how long, with
// no edge the text gives.
func Recent() *rule.Rule {
	return rule.New("fr.recent",
		`(ces|les)`+sp+`(?:(`+count+`)`+sp+`)?(derniers|dernières|dernieres|prochains|prochaines)`+sp+`(jours|semaines|mois|années|annees|ans|heures|minutes)`,
		func(c []string) (timeline.Expr, bool) {
			n, ok := numberOf(c[1])
			if c[1] == "" && rule.Fold(c[0]) == "les" {
				return timeline.Expr{}, false // "les derniers jours de la campagne"
			}
			_, letter, g := unitOf(c[3])
			num := "X"
			if ok {
				num = fmt.Sprint(n)
			}
			e := timeline.NewExpr(timeline.Duration)
			e.Grain = g
			if letter == "TM" || letter == "TH" {
				e.Timex = "PT" + num + letter[1:]
			} else {
				e.Timex = "P" + num + letter
			}
			return e, true
		}).On("minute", "minutes", "heure", "heures", "jour", "jours", "journée", "journées", "journee", "semaine", "semaines", "mois", "an", "ans", "année", "années", "annee", "annees", "trimestre", "trimestres", "siècle", "siècles", "décennie", "décennies")
}
