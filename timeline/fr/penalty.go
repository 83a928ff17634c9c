package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Penalty reads the length of a sentence or a ban: "15 ans de réclusion",
// "condamné à 8 ans de prison", "une peine de 18 mois d'emprisonnement",
// "6 mois avec sursis", "trois ans d'interdiction". The words after the
// length say it is no age ("un garçon de 8 ans"), which digits before
// "ans" otherwise are in press copy; the phrase is the length and the
// word before it ("de 8 ans de prison"), as Duration reads them, so that
// it is not read as an age.
func Penalty() *rule.Rule {
	return rule.NewFollowed("fr.penalty",
		`(?:(?:de|à|a|pendant|durant|à`+sp+`peine)`+sp+`)?(`+number+`)`+sp+`(ans|années|annees|mois|semaines|jours)`,
		sp+`(?:de`+sp+`|d`+apos+`)?(?:prison|réclusion|reclusion|détention|detention|emprisonnement|travaux`+sp+`forcés|sursis|interdiction|suspension|inéligibilité|ineligibilite|mise`+sp+`à`+sp+`l`+apos+`épreuve|bannissement|ferme|avec`+sp+`sursis)`,
		func(c []string) (expr.Expr, bool) {
			n, ok := numberOf(c[0])
			if !ok || n == 0 {
				return expr.Expr{}, false
			}
			_, letter, g := unitOf(c[1])
			e := expr.Expr{Type: expr.Duration}
			e.Grain, e.Timex = g, durationTimex(n, true, letter)
			return e, true
		}).On("ans", "années", "annees", "mois", "semaines", "jours")
}
