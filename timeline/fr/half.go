package fr

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Half reads a half of a year: "au premier semestre 2021", "le second
// semestre", "la première moitié de 2020", "S2 2021", "la seconde moitié
// de l'année" (the article's year), "le premier semestre de l'an
// dernier" (ofYear). Without a year, it is the one the
// tense or nearness places.
func Half() *rule.Rule {
	return rule.New("fr.half",
		`(premier|1er|second|deuxième|deuxieme|2e|2nd)`+sp+`semestre`+ofYear+
			`|(première|premiere|1re|seconde|deuxième|deuxieme|2e|2nde)`+sp+`moitié`+ofYear+
			`|S([12])`+sp+`((?:19|20)\d\d)`,
		func(c []string) (expr.Expr, bool) {
			h := 1
			if w := rule.Fold(c[0] + c[4]); strings.HasPrefix(w, "s") || strings.HasPrefix(w, "d") || strings.HasPrefix(w, "2") || c[8] == "2" {
				h = 2
			}
			if c[4] != "" && c[5]+c[6] == "" {
				return expr.Expr{}, false // "la première moitié": of anything
			}
			year, _ := strconv.Atoi(c[1] + c[5] + c[9])
			return ofYearNamed(expr.Half(h, year), c[2]+c[6], c[3]+c[7]), true
		}).On("semestre", "moitié", "moitie", rule.Year)
}
