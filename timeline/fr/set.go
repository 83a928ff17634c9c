package fr

import (
	"fmt"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Set reads a repetition: "quotidien", "chaque lundi", "chaque premier
// samedi du mois" (a weekday's SET, as the French TimeBank writes it),
// "tous les jours",
// "tous les jeudis", "chaque année", "hebdomadaire". A SET has a TIMEX3
// value but no place on the timeline: it never becomes an event. After
// "le", "les", "presse" the adjective is a newspaper, not a repetition.
func Set() *rule.Rule {
	return rule.New("fr.set",
		`(?:(le|les|un|du|des|de|aux|au|presse|journal|journaux|grands|principaux)`+sp+`)?(quotidien(?:ne)?s?|hebdomadaires?|mensuel(?:le)?s?|annuel(?:le)?s?|`+
			`chaque`+sp+`(?:(premier|deuxième|deuxieme|second|troisième|troisieme|quatrième|quatrieme|dernier)`+sp+`)?(jour|semaine|mois|année|annee|an|matin|soir|nuit|`+weekday+`)(?:`+sp+`du`+sp+`mois)?|`+
			`tous`+sp+`les`+sp+`(jours|ans|mois|matins|soirs|lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)|`+
			`toutes`+sp+`les`+sp+`(semaines|nuits|années|annees))`,
		func(c []string) (expr.Expr, bool) {
			if c[0] != "" && !strings.HasPrefix(rule.Fold(c[1]), "chaque") && !strings.HasPrefix(rule.Fold(c[1]), "tous") && !strings.HasPrefix(rule.Fold(c[1]), "toutes") {
				// "le quotidien local", "la presse quotidienne": a newspaper.
				return expr.Expr{}, false
			}
			c = c[1:]
			e := expr.Expr{Type: expr.Set}
			w, nth := rule.Fold(c[0]), c[1]
			unit := strings.TrimSuffix(rule.Fold(c[2]+c[3]+c[4]), "s")
			if nth != "" && weekdayOf(unit) < 0 {
				if unit == "jour" && strings.HasSuffix(w, "mois") {
					e.Timex = "P1M" // "chaque premier jour du mois": monthly
					return e, true
				}
				return expr.Expr{}, false
			}
			switch {
			case strings.HasPrefix(w, "quotidien"), unit == "jour", unit == "nuit":
				e.Timex = "P1D"
			case strings.HasPrefix(w, "hebdo"), unit == "semaine":
				e.Timex = "P1W"
			case strings.HasPrefix(w, "mensuel"), unit == "moi":
				e.Timex = "P1M"
			case strings.HasPrefix(w, "annuel"), unit == "an", unit == "année", unit == "annee":
				e.Timex = "P1Y"
			case unit == "matin":
				e.Timex = "XXXX-XX-XXTMO"
			case unit == "soir":
				e.Timex = "XXXX-XX-XXTEV"
			default:
				d := weekdayOf(unit)
				if d < 0 {
					return expr.Expr{}, false
				}
				iso := d
				if iso == 0 {
					iso = 7
				}
				e.Timex = fmt.Sprintf("XXXX-WXX-%d", iso)
			}
			return e, true
		}).On("quotidien", "quotidienne", "quotidiens", "quotidiennes", "chaque", "tous", "toutes", "hebdomadaire", "hebdomadaires", "mensuel", "mensuelle", "mensuels", "mensuelles", "annuel", "annuelle", "annuels", "annuelles")
}
