package fr

import (
	"fmt"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Yearly reads a month or a season that comes back each year: "chaque
// mois d'août", "tous les mois de juillet", "chaque année en mars", "tous
// les ans au mois de mai", "chaque été", "tous les hivers", "chaque année au printemps". A SET
// (XXXX-08, XXXX-SU), never placed on the timeline. "Tous les mois" alone
// is every month (P1M, Set's); followed by a month's name it is that month
// each year. A day after the month ("chaque année en mars 3") is not read.
func Yearly() *rule.Rule {
	return rule.New("fr.yearly",
		`(?:(?:chaque|tous`+sp+`les)`+sp+`mois`+sp+`(?:de`+sp+`|d`+apos+`)`+
			`|(?:chaque`+sp+`année|chaque`+sp+`annee|tous`+sp+`les`+sp+`ans)`+sp+`(?:en`+sp+`|au`+sp+`mois`+sp+`(?:de`+sp+`|d`+apos+`))`+
			`|chaque`+sp+`)(`+month+`)\b`+
			`|(?:chaque`+sp+`|(?:chaque`+sp+`année|chaque`+sp+`annee|tous`+sp+`les`+sp+`ans)`+sp+`(?:en`+sp+`|au`+sp+`|à`+sp+`l`+apos+`|a`+sp+`l`+apos+`))(été|ete|hiver|printemps|automne)`+
			`|tous`+sp+`les`+sp+`(étés|etes|hivers|printemps|automnes)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Set}
			if c[0] != "" {
				e.Timex = fmt.Sprintf("XXXX-%02d", monthOf(c[0]))
				return e, true
			}
			s := rule.Fold(c[1] + c[2])
			e.Timex = "XXXX-" + map[string]string{"été": "SU", "ete": "SU", "étés": "SU", "etes": "SU", "hiver": "WI", "hivers": "WI",
				"printemps": "SP", "automne": "FA", "automnes": "FA"}[s]
			return e, true
		}).On("chaque", "tous")
}
