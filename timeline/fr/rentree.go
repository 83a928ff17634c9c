package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Rentree reads "la rentrée", the return of September: "à la rentrée",
// "dès la rentrée scolaire", "avant la rentrée 2022": the start of
// September of the year the tense or the text gives. Without a
// preposition ("la rentrée politique s'annonce") it names the event, not a
// time.
func Rentree() *rule.Rule {
	return rule.New("fr.rentree",
		`(?:à|a|dès|des|avant|après|apres|depuis|pour|jusqu`+apos+`à)`+sp+`la`+sp+`rentrée(?:`+sp+`(?:scolaire|de`+sp+`septembre))?(?:`+sp+`((?:19|20)\d\d))?`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			e.Month, e.Year, e.Grain, e.Mod = 9, year(c[0]), expr.GrainMonth, expr.Start
			return e, true
		}).On("rentrée", "rentree")
}
