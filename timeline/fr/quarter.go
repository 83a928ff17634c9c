package fr

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Quarter reads a quarter of a year: "au troisième trimestre", "le
// premier trimestre 2021", "T3 2021". Without a year, it is the one the
// tense or nearness places; "le dernier trimestre" names the fourth only
// with a year ("le dernier trimestre 2021"), else it is the latest one, a
// reading left alone.
func Quarter() *rule.Rule {
	return rule.New("fr.quarter",
		`(premier|1er|deuxième|deuxieme|2e|2ème|second|troisième|troisieme|3e|3ème|quatrième|quatrieme|4e|4ème|dernier)`+sp+`trimestre(?:`+sp+`(?:de`+sp+`|d`+apos+`)?((?:19|20)\d\d))?`+
			`|T([1-4])`+sp+`((?:19|20)\d\d)`,
		func(c []string) (expr.Expr, bool) {
			q, y := 0, c[1]+c[3]
			switch w := rule.Fold(c[0]); {
			case c[2] != "":
				q = int(c[2][0] - '0')
			case strings.HasPrefix(w, "premier"), w == "1er":
				q = 1
			case strings.HasPrefix(w, "deux"), strings.HasPrefix(w, "2"), w == "second":
				q = 2
			case strings.HasPrefix(w, "trois"), strings.HasPrefix(w, "3"):
				q = 3
			case strings.HasPrefix(w, "quatr"), strings.HasPrefix(w, "4"), w == "dernier" && y != "":
				q = 4
			default:
				return expr.Expr{}, false
			}
			year, _ := strconv.Atoi(y)
			return expr.Quarter(q, year), true
		}).On("trimestre", rule.Year)
}
