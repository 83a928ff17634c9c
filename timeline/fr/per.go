package fr

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Per reads a rate or a repetition: "par an", "par semestre", "deux fois
// par semaine", "tous les quinze jours", "quotidiennement" ("chaque été" is
// Yearly's).
// A SET: "30 000 morts par an" happen every year, none of them on the
// timeline (TIMEX3 writes the period, P1Y; the count, "2X", is its
// frequency). "Par heure" is a speed as often: not read.
func Per() *rule.Rule {
	return rule.New("fr.per",
		`(?:(`+count+`)`+sp+`fois`+sp+`)?par`+sp+`(jour|semaine|mois|an|année|annee|trimestre|semestre)`+
			`|tous`+sp+`les`+sp+`(`+count+`)`+sp+`(jours|semaines|mois|ans)`+
			`|(quotidiennement|hebdomadairement|mensuellement|annuellement)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Set}
			switch {
			case c[1] != "":
				_, letter, _ := unitOf(c[1])
				switch rule.Fold(c[1]) {
				case "trimestre":
					e.Timex = "P3M"
				case "semestre":
					e.Timex = "P6M"
				default:
					e.Timex = "P1" + letter
				}
			case c[3] != "":
				n, ok := numberOf(c[2])
				if !ok || n < 2 {
					return rule.Skip()
				}
				_, letter, _ := unitOf(c[3])
				e.Timex = "P" + strconv.Itoa(n) + letter // "tous les quinze jours": P15D
			default:
				e.Timex = map[string]string{"quotidiennement": "P1D", "hebdomadairement": "P1W", "mensuellement": "P1M",
					"annuellement": "P1Y"}[strings.ToLower(c[4])]
			}
			return e, true
		}).On("par", "tous", "quotidiennement", "hebdomadairement", "mensuellement", "annuellement")
}
