package fr

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Quarter reads a quarter of a year: "au troisième trimestre", "le
// premier trimestre 2021", "T3 2021", "le deuxième trimestre de l'an
// dernier" (ofYear). Without a year, it is the one the
// tense or nearness places; "le dernier trimestre" names the fourth only
// with a year ("le dernier trimestre 2021"), else it is the latest one, a
// reading left alone.
func Quarter() *rule.Rule {
	return rule.New("fr.quarter",
		`(premier|1er|deuxième|deuxieme|2e|2ème|second|troisième|troisieme|3e|3ème|quatrième|quatrieme|4e|4ème|dernier)`+sp+`trimestre`+ofYear+
			`|T([1-4])`+sp+`((?:19|20)\d\d)`,
		func(c []string) (expr.Expr, bool) {
			q, y := 0, c[1]+c[5]
			switch w := rule.Fold(c[0]); {
			case c[4] != "":
				q = int(c[4][0] - '0')
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
			return ofYearNamed(expr.Quarter(q, year), c[2], c[3]), true
		}).On("trimestre", rule.Year)
}

// ofYear is the year a quarter or a half is of, written after it: a
// number ("2021", "de 2021"; first group), or the article's year or the
// one before or after ("de l'année", "de cette année", "de l'an dernier",
// "de l'année prochaine"; the year's words and its side, second and
// third groups).
const ofYear = `(?:` + sp + `(?:de` + sp + `|d` + apos + `)?((?:19|20)\d\d)|` + sp + `de` + sp +
	`(l` + apos + `année|l` + apos + `annee|l` + apos + `an|cette` + sp + `année|cette` + sp + `annee)(?:` + sp +
	`(dernière|derniere|dernier|passée|passee|passé|prochaine|prochain))?)?`

// ofYearNamed places e, a quarter or a half without a year, in the year
// ofYear's words name (which, side): the article's, or the one before or
// after it, whatever the tense. "de l'an" needs its side.
func ofYearNamed(e expr.Expr, which, side string) expr.Expr {
	if which == "" {
		return e
	}
	n, _ := placeOf(rule.Fold(side))
	if side == "" && strings.HasSuffix(rule.Fold(which), "an") {
		return e // "de l'an": no year said
	}
	e = expr.InArticleYear(e)
	r := *e.Range
	for i := range r {
		r[i].Shift.N = n
	}
	e.Range = &r
	return e
}
