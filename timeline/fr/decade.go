package fr

import (
	"strconv"
	"strings"
	"unicode"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Decade reads a decade: "les années 1990", "dans les années 90", "des
// années soixante", "les années 2010", and a part of one: "au début des
// années 2000", "à la fin des années 80". Two digits name the 1900s, except
// "00" and "10", which name the 2000s. The longer words come first in the
// pattern: "soixante" alone would take "les années soixante-dix". The
// TIMEX3 value is written as the French TimeBank does: "198X".
func Decade() *rule.Rule {
	return rule.New("fr.decade",
		`(?:(au`+sp+`début|au`+sp+`debut|à`+sp+`la`+sp+`fin|a`+sp+`la`+sp+`fin|au`+sp+`milieu|début|debut|fin|milieu)`+sp+`(?:des`+sp+`|de`+sp+`la`+sp+`fin`+sp+`des`+sp+`)|(?:les|des|aux)`+sp+`)`+
			`ann[ée]es`+sp+`((?:18|19|20)\d0|\d0|vingt|trente|quarante|cinquante|soixante[\s-]dix|soixante|quatre[\s-]vingt[\s-]dix|quatre[\s-]vingts?)`,
		func(c []string) (expr.Expr, bool) {
			y, err := strconv.Atoi(c[1])
			if err != nil {
				y = decadeWords[strings.Join(strings.FieldsFunc(rule.Fold(c[1]), isDash), "-")]
			}
			e := expr.PartOfDecade(expr.Decade(y), modOf(c[0]))
			e.Timex += "X" // the French TimeBank writes a decade 198X
			return e, true
		}).On("années", "annees")
}

var decadeWords = map[string]int{"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
	"soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90}

func isDash(r rune) bool { return r == '-' || unicode.IsSpace(r) }
