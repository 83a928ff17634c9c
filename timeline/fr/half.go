package fr

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Half reads a half of a year: "au premier semestre 2021", "le second
// semestre", "la première moitié de 2020", "S2 2021", "la seconde moitié
// de l'année" (the article's year). Without a year, it is the one the
// tense or nearness places.
func Half() *rule.Rule {
	return rule.New("fr.half",
		`(premier|1er|second|deuxième|deuxieme|2e|2nd)`+sp+`semestre(?:`+sp+`(?:de`+sp+`)?((?:19|20)\d\d))?`+
			`|(première|premiere|1re|seconde|deuxième|deuxieme|2e|2nde)`+sp+`moitié`+sp+`(?:(?:de`+sp+`)((?:19|20)\d\d)|de`+sp+`l`+apos+`année)`+
			`|S([12])`+sp+`((?:19|20)\d\d)`,
		func(c []string) (expr.Expr, bool) {
			h := 1
			if w := rule.Fold(c[0] + c[2]); strings.HasPrefix(w, "s") || strings.HasPrefix(w, "d") || strings.HasPrefix(w, "2") || c[4] == "2" {
				h = 2
			}
			year, _ := strconv.Atoi(c[1] + c[3] + c[5])
			e := expr.Half(h, year)
			if c[2] != "" && year == 0 {
				e = expr.InArticleYear(e) // "de l'année"
			}
			return e, true
		}).On("semestre", "moitié", "moitie", rule.Year)
}
