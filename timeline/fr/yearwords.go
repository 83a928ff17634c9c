package fr

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// YearWords reads a year spelled out after the words that bring in a
// year: "en mil neuf cent quatre-vingt-neuf", "en mille neuf cent
// soixante-huit", "l'an deux mille", "depuis deux mille trois", "en
// dix-neuf cent quatre-vingt-quinze". Left out: a number in words alone
// ("mille personnes", "deux mille trois cents manifestants"), which counts.
func YearWords() *rule.Rule {
	nw := `(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|et)`
	return rule.New("fr.year-words",
		`(en|l`+apos+`an|depuis|dès|jusqu`+apos+`en)`+sp+`((?:mil|mille|deux[ -]mille|dix-neuf[ -]cents?|dix-huit[ -]cents?)(?:[ -]`+nw+`)*)`,
		func(c []string) (expr.Expr, bool) {
			y, ok := spelledYear(strings.FieldsFunc(rule.Fold(c[1]), func(r rune) bool { return r == ' ' || r == '-' }))
			if !ok {
				return rule.Skip()
			}
			e := expr.Expr{Type: expr.Date}
			e.Year, e.Grain = y, expr.GrainYear
			return e, true
		}).On("mil", "mille", "cent", "cents")
}

// spelledYear adds up a year in words: its thousands ("mil", "deux
// mille") or hundreds ("dix-neuf cent"), then its hundreds ("neuf cent"),
// then the rest (numberOf's).
func spelledYear(w []string) (int, bool) {
	y := 0
	switch {
	case len(w) >= 1 && (w[0] == "mil" || w[0] == "mille"):
		y, w = 1000, w[1:]
	case len(w) >= 2 && w[0] == "deux" && w[1] == "mille":
		y, w = 2000, w[2:]
	case len(w) >= 3 && w[0] == "dix" && (w[1] == "neuf" || w[1] == "huit") && strings.HasPrefix(w[2], "cent"):
		y = 1900
		if w[1] == "huit" {
			y = 1800
		}
		w = w[3:]
	default:
		return 0, false
	}
	for i, x := range w {
		if strings.HasPrefix(x, "cent") {
			if y != 1000 || i != 1 {
				return 0, false
			}
			h, ok := numberWords[w[0]]
			if !ok || h < 1 || h > 9 {
				return 0, false
			}
			y, w = y+100*h, w[i+1:]
			break
		}
	}
	if len(w) > 0 {
		n, ok := numberOf(strings.Join(w, "-"))
		if !ok || n < 1 || n > 99 {
			return 0, false
		}
		y += n
	}
	return y, y <= 2099
}
