package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Nocturnal reads "nocturne", "nocturnes": at night, with no day of its
// own (TIMEX3 "TNI", as the French TimeBank writes "explosions nocturnes").
func Nocturnal() *rule.Rule {
	return rule.New("fr.nocturnal",
		`(nocturnes?)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Timex = "TNI"
			return e, true
		}).On("nocturne", "nocturnes")
}
