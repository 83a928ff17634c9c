package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Stretch reads a stretch of time around the article's day that gives no
// count: "dans les prochains jours", "au cours des derniers mois", "dans
// les semaines à venir", "pendant les mois qui viennent". The French
// TimeBank writes them as durations of unknown length, as "ces derniers
// jours" (PXD). A stretch followed by what it is of ("au cours des
// derniers jours de la campagne") is a period of the story, not read.
func Stretch() *rule.Rule {
	return rule.New("fr.stretch",
		`(?:dans|au`+sp+`cours|pendant|durant|lors)`+sp+`(?:les|des)`+sp+
			`(?:(?:derniers|dernières|dernieres|prochains|prochaines)`+sp+`(`+stretchUnit+`)`+
			`|(`+stretchUnit+`)`+sp+`(?:à`+sp+`venir|a`+sp+`venir|qui`+sp+`viennent|qui`+sp+`suivent|passés|passées|écoulés|écoulées))`+
			`(`+sp+`(?:de|du|des|d`+apos+`))?`,
		func(c []string) (expr.Expr, bool) {
			if c[2] != "" {
				return expr.Expr{}, false
			}
			_, letter, g := unitOf(c[0] + c[1])
			e := expr.Expr{Type: expr.Duration}
			e.Grain, e.Timex = g, durationTimex(0, false, letter)
			return e, true
		}).On("derniers", "dernières", "dernieres", "prochains", "prochaines", "venir", "viennent", "suivent",
		"passés", "passées", "écoulés", "écoulées")
}
