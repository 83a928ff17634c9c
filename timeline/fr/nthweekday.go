package fr

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// NthWeekday reads a weekday counted in a period: "le premier lundi de
// mars", "le dernier dimanche de janvier 2021", "le deuxième mardi du
// mois", "le troisième jeudi du mois prochain", "le premier samedi de
// l'été", and a weekend so counted: "le deuxième week-end de juin" (the
// weekend of its second Saturday). The month or year written
// after "de" is joined by the tagger (see expr.Expr.Nth); "le
// deuxième mardi" of nothing written is not placed.
func NthWeekday() *rule.Rule {
	return rule.New("fr.nth-weekday",
		`(?:le|du|au)`+sp+`(premier|1er|deuxième|deuxieme|2e|second|troisième|troisieme|3e|quatrième|quatrieme|4e|cinquième|cinquieme|5e|dernier)`+sp+`(`+weekday+`|week-end|weekend)`+
			`(?:`+sp+`(du`+sp+`mois|de`+sp+`l`+apos+`année|de`+sp+`l`+apos+`annee)(?:`+sp+`(prochain|prochaine|dernier|dernière|derniere|précédent|precedent|précédente|precedente|suivant|suivante))?`+
			`|`+sp+`de`+sp+`(`+month+`)(?:`+sp+`((?:19|20)\d\d))?`+
			`|`+sp+`(?:de`+sp+`l`+apos+`|du`+sp+`)(été|ete|printemps|automne|hiver)(?:`+sp+`((?:19|20)\d\d))?)?`,
		func(c []string) (expr.Expr, bool) {
			n := ordinalOf(c[0])
			e := expr.Expr{Type: expr.Date}
			e.Nth, e.Weekday, e.Grain = int8(n), expr.Some(weekdayOf(c[1])), expr.GrainDay
			if w := rule.Fold(c[1]); w == "week-end" || w == "weekend" {
				// "le deuxième week-end de juin": the weekend of its
				// second Saturday.
				e.Weekday, e.Weekend = expr.Some(6), true
			}
			if c[6] != "" {
				// "le premier samedi de l'été": of this year's summer,
				// or the one the tense points to.
				e.Season, e.Year = map[string]int{"printemps": 1, "été": 2, "ete": 2, "automne": 3, "hiver": 4}[rule.Fold(c[6])], year(c[7])
				e.Grain = expr.GrainMonth
				return e, true
			}
			if c[4] != "" {
				// "le premier lundi de mars": "mars" alone is no date
				// (the planet), after a counted weekday it is the month.
				e.Month, e.Year, e.Grain = monthOf(c[4]), year(c[5]), expr.GrainMonth
				return e, true
			}
			if tail := rule.Fold(c[2]); tail != "" {
				k, anchor := placeOf(rule.Fold(c[3]))
				e.Anchor, e.Grain = anchor, expr.GrainMonth
				e.Shift = expr.Shift{N: k, Unit: expr.Month}
				if !strings.HasSuffix(tail, "mois") {
					e.Shift.Unit, e.Grain = expr.Year, expr.GrainYear
				}
			}
			return e, true
		}).On("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "week", "weekend")
}
