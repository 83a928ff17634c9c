package en

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Decade reads a decade: "the 1990s", "the '90s", "the 80s", "the
// mid-1990s" (its middle years), "the early 2000s", "the eighties", "the
// late sixties" (in words: the 1900s'). Two digits
// name the 1900s, except "00s" and "10s"; without an apostrophe they need
// "the" ("in his 90s" is an age).
func Decade() *rule.Rule {
	return rule.New("en.decade",
		`(?:the`+sp+`)?(?:(early|mid|late)(?:-|`+sp+`))?(?:((?:18|19|20)\d0)`+apos+`?s|`+apos+`(\d0)s)|the`+sp+`(\d0)s`+
			`|the`+sp+`(?:(early|mid|late)(?:-|`+sp+`))?(?:nineteen(?:-|`+sp+`))?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`,
		func(c []string) (expr.Expr, bool) {
			if c[5] != "" {
				// "the eighties", "the late sixties": the 1900s'.
				return expr.PartOfDecade(expr.Decade(decadeWords[rule.Fold(c[5])]), modOf(c[4])), true
			}
			y, err := strconv.Atoi(c[1] + c[2] + c[3])
			if err != nil {
				return expr.Expr{}, false
			}
			return expr.PartOfDecade(expr.Decade(y), modOf(c[0])), true
		}).On(rule.Digits, "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
}

var decadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
	"seventies": 70, "eighties": 80, "nineties": 90}
