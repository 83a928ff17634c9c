package fr

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// NightDates reads a night given by dates: "la nuit du 4 au 5 janvier",
// "dans la nuit du 31 décembre au 1er janvier 2022".
func NightDates() *rule.Rule {
	return rule.New("fr.night-dates",
		`(?:(?:dans|durant|pendant)`+sp+`)?(?:la`+sp+`)?nuit`+sp+`du`+sp+`(1er|\d{1,2})(?:`+sp+`(`+month+`))?`+
			sp+`au`+sp+`(1er|\d{1,2})`+sp+`(`+month+`)(?:`+sp+`(\d{4}))?`,
		func(c []string) (expr.Expr, bool) {
			d1, _ := numberOf(c[0])
			d2, _ := numberOf(c[2])
			m2 := monthOf(c[3])
			m1 := m2
			if c[1] != "" {
				m1 = monthOf(c[1])
			}
			if d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 {
				return expr.Expr{}, false
			}
			e := expr.Expr{Type: expr.Time}
			e.Day, e.Month, e.Part = d1, m1, expr.Night
			if c[4] != "" {
				y, _ := strconv.Atoi(c[4])
				e.Year = y
				if m1 == 12 && m2 == 1 {
					e.Year = y - 1
				}
			}
			return e, true
		}).On("nuit")
}
