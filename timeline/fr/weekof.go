package fr

import (
	"strings"

	"frise/timeline"
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
		func(c []string) (timeline.Expr, bool) {
			n := 0
			switch w := rule.Fold(c[0]); {
			case strings.HasPrefix(w, "prem"), w == "1re":
				n = 1
			case strings.HasPrefix(w, "deux"), w == "2e", w == "seconde":
				n = 2
			case strings.HasPrefix(w, "trois"), w == "3e":
				n = 3
			case strings.HasPrefix(w, "quatr"), w == "4e":
				n = 4
			}
			return timeline.WeekOf(n, monthOf(c[1]), year(c[2]+c[3])), true
		}).On("semaine")
}
