package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Century reads a century: "the 19th century", "the twenty-first
// century". TIMEX3 writes the hundreds: "18" for the 19th. A century "BC"
// is none of our calendar's.
func Century() *rule.Rule {
	return rule.New("en.century",
		`(?:the`+sp+`)?`+ordinal+`(?:`+sp+`|-)century(`+sp+`(?:BC|B\.C\.|BCE))?`,
		func(c []string) (expr.Expr, bool) {
			n, ok := dayNum(c[0])
			if !ok || n > 21 || c[1] != "" {
				return expr.Expr{}, false
			}
			return expr.Century(n), true
		}).On("century")
}
