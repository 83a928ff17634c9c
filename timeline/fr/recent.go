package fr

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Recent reads a stretch that ends (or starts) at the article's day: "ces
// derniers jours", "les trois derniers mois", "les dernières 24 heures",
// "les 24 heures passées",
// "au cours des dix derniers mois", "les prochaines semaines", "la
// dernière décennie". The French
// TimeBank writes them as durations (PXD, P3M); with a count, the stretch
// is also known: the three months up to the article's day, the ten minutes
// from its time.
func Recent() *rule.Rule {
	return rule.New("fr.recent",
		`(ces|les|des)`+sp+`(?:(`+count+`)`+sp+`)?(derniers|dernières|dernieres|prochains|prochaines)`+sp+`(?:(`+count+`)`+sp+`)?(`+stretchUnit+`)`+
			`|(les|des)`+sp+`(`+count+`)`+sp+`(`+stretchUnit+`)`+sp+
			`(précédents|précédentes|precedents|precedentes|passés|passées|passes|passees|écoulés|écoulées|ecoules|ecoulees|suivants|suivantes|à`+sp+`venir|a`+sp+`venir)`+
			`|(?:la|cette)`+sp+`(?:dernière|derniere)`+sp+`(décennie|decennie)|la`+sp+`(décennie|decennie)`+sp+`(?:écoulée|ecoulee|passée|passee)`,
		func(c []string) (expr.Expr, bool) {
			if c[9]+c[10] != "" {
				// "la dernière décennie": the ten years up to the article's day.
				e := expr.Expr{Type: expr.Duration}
				e.Timex, e.Grain, e.Range = "P10Y", expr.GrainYear, expr.Stretch(10, expr.Year, false)
				return e, true
			}
			det, num, dir, u := c[0], c[1], c[2], c[4]
			if c[3] != "" {
				num = c[3] // "les dernières 24 heures"
			}
			if c[5] != "" {
				det, num, u, dir = c[5], c[6], c[7], c[8]
			}
			n, ok := numberOf(num)
			if num == "" && rule.Fold(det) != "ces" {
				return expr.Expr{}, false // "les derniers jours de la campagne"
			}
			unit, letter, g := unitOf(u)
			e := expr.Expr{Type: expr.Duration}
			e.Grain = g
			e.Timex = durationTimex(n, ok, letter)
			d := rule.Fold(dir)
			future := strings.HasPrefix(d, "proch") || strings.HasPrefix(d, "suiv") || strings.HasSuffix(d, "venir")
			if !ok {
				// "ces derniers mois": a stretch up to the article's day (or
				// from it), of a length not given.
				e.Anchor, e.Dir = expr.AnchorDoc, expr.DirPast
				if future {
					e.Dir = expr.DirFuture
				}
			} else {
				if letter == "Q" {
					n *= 3
				}
				e.Range = expr.Stretch(n, unit, future)
				if !future && c[5] == "" && unit >= expr.Day {
					// "les deux dernières semaines de décembre": the
					// tagger narrows the period after it, if one follows.
					e.Head = expr.Shift{N: -n, Unit: unit}
				}
			}
			return e, true
		}).On(append(unitWords, "décennie", "decennie")...)
}

// stretchUnit: the units of a stretch of time.
const stretchUnit = `jours|semaines|mois|années|annees|ans|heures|minutes|trimestres`
