package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Nowadays reads "aujourd'hui" where it means these times, not the
// article's day, as TIMEX3 writes it (PRESENT_REF): "aujourd'hui encore",
// "encore aujourd'hui", "hier comme aujourd'hui", "aujourd'hui plus que
// jamais", "à l'heure d'aujourd'hui", and before what one has become or
// is now ("aujourd'hui âgé", "aujourd'hui retraité", "aujourd'hui
// disparu", "aujourd'hui à la retraite", "il est aujourd'hui conseiller
// municipal", "aujourd'hui installé à Metz", "aujourd'hui au chômage":
// the phrase holds the word).
// "Aujourd'hui," opening a sentence is the resolver's (openingToday: it
// needs the sentence and the tense). Left out: "d'aujourd'hui"
// after a noun ("la France d'aujourd'hui", but "la réunion
// d'aujourd'hui").
func Nowadays() *rule.Rule {
	today := `aujourd` + apos + `hui`
	return rule.New("fr.nowadays",
		`(?:encore`+sp+`|hier`+sp+`comme`+sp+`|[àa]`+sp+`l`+apos+`heure`+sp+`d`+apos+`)`+today+
			`|`+today+sp+`(?:encore|comme`+sp+`hier|plus`+sp+`que`+sp+`jamais|âgée?s?|agée?s?|retraitée?s?|à`+sp+`la`+sp+`retraite|disparue?s?|décédée?s?|decedee?s?|devenue?s?|reconvertie?s?`+
			`|conseill(?:er|ère|ere)s?|maires?|adjointe?s?|directeur|directrice|présidente?|presidente?|professeure?|propriétaires?|gérante?|gerante?|responsables?|patron(?:ne)?|chef|députée?|deputee?|sénat(?:eur|rice)|senat(?:eur|rice)|ministre|installée?s?|établie?s?|etablie?s?|au`+sp+`chômage|au`+sp+`chomage|à`+sp+`la`+sp+`tête|a`+sp+`la`+sp+`tete)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Timex, e.Anchor = "PRESENT_REF", expr.AnchorDoc
			return e, true
		}).On("aujourd")
}
