package en

import (
	"strconv"

	"frise/timeline"
	"frise/timeline/rule"
)

// Decade reads a decade: "the 1990s", "the '90s", "the 80s". Two digits
// name the 1900s, except "00s" and "10s"; without an apostrophe they need
// "the" ("in his 90s" is an age).
func Decade() *rule.Rule {
	return rule.New("en.decade",
		`(?:the`+sp+`)?((?:18|19|20)\d0)`+apos+`?s|(?:the`+sp+`)?`+apos+`(\d0)s|the`+sp+`(\d0)s`,
		func(c []string) (timeline.Expr, bool) {
			y, err := strconv.Atoi(c[0] + c[1] + c[2])
			if err != nil {
				return timeline.Expr{}, false
			}
			return timeline.Decade(y), true
		}).On(rule.Digits)
}
