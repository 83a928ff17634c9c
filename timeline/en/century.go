package en

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// Century reads a century: "the 19th century", "the twenty-first
// century". TIMEX3 writes the hundreds: "18" for the 19th. A century "BC"
// is none of our calendar's.
func Century() *rule.Rule {
	return rule.New("en.century",
		`(?:the`+sp+`)?`+ordinal+`(?:`+sp+`|-)century(`+sp+`(?:BC|B\.C\.|BCE))?`,
		func(c []string) (timeline.Expr, bool) {
			n, ok := dayNum(c[0])
			if !ok || n > 21 || c[1] != "" {
				return timeline.Expr{}, false
			}
			return timeline.Century(n), true
		}).On("century")
}
