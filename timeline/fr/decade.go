package fr

import (
	"strconv"

	"frise/timeline"
	"frise/timeline/rule"
)

// Decade reads a decade: "les années 1990", "dans les années 90", "des
// années soixante", "les années 2010". Two digits name the 1900s, except
// "00" and "10", which name the 2000s.
func Decade() *rule.Rule {
	return rule.New("fr.decade",
		`(?:les|des|aux)`+sp+`ann[ée]es`+sp+`((?:18|19|20)\d0|\d0|vingt|trente|quarante|cinquante|soixante|soixante-dix|quatre-vingt|quatre-vingts|quatre-vingt-dix)`,
		func(c []string) (timeline.Expr, bool) {
			y, err := strconv.Atoi(c[0])
			if err != nil {
				y = decadeWords[rule.Fold(c[0])]
			}
			return timeline.Decade(y), true
		}).On("années", "annees")
}

var decadeWords = map[string]int{"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
	"soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90}
