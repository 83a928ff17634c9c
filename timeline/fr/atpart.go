package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// AtPart reads "au matin", "au soir", "au petit matin", dawn ("à l'aube",
// "au petit jour": the morning), dusk ("à la tombée de la nuit", "au
// crépuscule": the evening) and midday ("à la mi-journée"): a part of the
// day the story is at, and of the day written just before it ("le 8 au
// soir", "samedi 8 janvier au matin"). "Au soir de sa vie", "à l'aube du
// siècle" are no time: not before "de".
func AtPart() *rule.Rule {
	return rule.NewFollowed("fr.at-part",
		`au`+sp+`(petit`+sp+`)?(matin|soir)`+
			`|(?:à|a)`+sp+`l`+apos+`(aube)|au`+sp+`(petit`+sp+`jour|lever`+sp+`du`+sp+`jour|point`+sp+`du`+sp+`jour)`+
			`|au`+sp+`(crépuscule)|(?:à|a)`+sp+`la`+sp+`(tombée`+sp+`de`+sp+`la`+sp+`nuit|nuit`+sp+`tombée)`+
			`|(?:à|a)`+sp+`la`+sp+`(mi-journée|mi-journee)`,
		`[\s\x{00a0}\x{202f}]*(?:[,.;:!?)»]|$)|`+sp+`(?:[^d\s]|d[^eu'’\s]|de\p{L}|du\p{L})`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Anchor = expr.AnchorPrev
			e.Shift = expr.Shift{Unit: expr.Day}
			switch {
			case c[1] != "":
				return withPart(e, c[0], c[1]), true
			case c[2]+c[3] != "": // dawn
				e.Type, e.Part = expr.Time, expr.Morning
			case c[6] != "": // "à la mi-journée"
				e.Type, e.Part = expr.Time, expr.Midday
			default: // dusk
				e.Type, e.Part = expr.Time, expr.Evening
			}
			return e, true
		}).On("matin", "soir", "aube", "jour", "crépuscule", "tombée", "journée", "journee")
}
