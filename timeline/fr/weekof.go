package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// WeekOf reads a week counted in a month or a year: "la première semaine
// de janvier", "la dernière semaine de juillet 2021", "la deuxième
// semaine de mars", "la première semaine de 2015". A week is the one
// (Monday to Sunday) holding the month's n-th Thursday, as ISO 8601 counts
// a year's weeks (see timeline.WeekOf).
func WeekOf() *rule.Rule {
	return rule.New("fr.week-of",
		`(?:la`+sp+`)?(première|premiere|1re|deuxième|deuxieme|2e|seconde|troisième|troisieme|3e|quatrième|quatrieme|4e|dernière|derniere)`+sp+`semaine`+sp+
			`(?:de`+sp+`|d`+apos+`)(?:(`+month+`)(?:`+sp+`((?:19|20)\d\d))?|((?:19|20)\d\d))`,
		func(c []string) (expr.Expr, bool) {
			n := ordinalOf(c[0])
			if n < 0 {
				n = 0 // the last week: WeekOf's 0
			}
			return expr.WeekOf(n, monthOf(c[1]), year(c[2]+c[3])), true
		}).On("semaine")
}
