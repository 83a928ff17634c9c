package fr

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// RelYear reads a year named from the article's: "l'an dernier", "l'année
// prochaine", "cette année", "la nouvelle année", "l'année précédente" and
// "cette année-là" (from the story's), and "l'année 2001".
func RelYear() *rule.Rule {
	return rule.New("fr.rel-year",
		`(l`+apos+`an|l`+apos+`année|l`+apos+`annee|cette`+sp+`année(?:-l[àa])?|cette`+sp+`annee(?:-l[àa])?|la`+sp+`nouvelle`+sp+`année|la`+sp+`nouvelle`+sp+`annee)(?:`+sp+
			`(dernière|derniere|dernier|passée|passee|passé|écoulée|ecoulee|écoulé|ecoule|prochaine|prochain|précédente|precedente|suivante|en`+sp+`cours|(?:19|20)\d\d))?`,
		func(c []string) (expr.Expr, bool) {
			det, mod := rule.Fold(c[0]), rule.Fold(c[1])
			if !strings.HasPrefix(det, "cette") && !strings.HasPrefix(det, "la nouvelle") && mod == "" {
				return expr.Expr{}, false
			}
			e := expr.Expr{Type: expr.Date}
			e.Grain = expr.GrainYear
			if mod != "" && mod[0] >= '0' && mod[0] <= '9' {
				e.Year, _ = strconv.Atoi(mod)
				return e, true
			}
			n, anchor := placeOf(mod)
			if strings.HasSuffix(det, "-la") || strings.HasSuffix(det, "-là") {
				anchor = expr.AnchorPrev // "cette année-là": the year of the story
			}
			e.Anchor = anchor
			e.Shift = expr.Shift{N: n, Unit: expr.Year}
			return e, true
		}).On("an", "année", "annee")
}
