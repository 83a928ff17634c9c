package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// NightRange reads the night between two days, as the press dates what
// happened after dark: "la nuit de mardi à mercredi", "dans la nuit de
// samedi", "nuit du lundi au mardi". The night is the one that starts on
// the first day (TIMEX3 "…TNI"), from that evening to the next morning.
func NightRange() *rule.Rule {
	return rule.New("fr.night",
		`(?:(?:dans|durant|pendant)`+sp+`)?(?:la`+sp+`)?nuit`+sp+`(?:de|du)`+sp+`(?:(?:ce|le)`+sp+`)?(`+weekday+`)`+
			`(?:`+sp+`(?:à|a|au)`+sp+`(?:le`+sp+`)?(`+weekday+`))?`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Anchor = expr.AnchorDoc
			d := weekdayOf(c[0])
			e.Weekday = expr.Some(d)
			if c[1] != "" && weekdayOf(c[1]) != (d+1)%7 {
				// "de mardi à jeudi" is not one night.
				return expr.Expr{}, false
			}
			e.Part = expr.Night
			return e, true
		}).On("nuit")
}
