package en

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Half reads a half of a year: "the first half of 2021", "the second half
// of the year", "H2 2021", "2019-H2". "Of the year" is the article's year.
// Alone, in business copy ("a loss for the first half", "second-half
// sales"), the half is placed as a quarter alone is: the latest begun, or
// the one not yet ended when it is still to come. "The first half of the
// game" is no time.
func Half() *rule.Rule {
	return rule.New("en.half",
		`(?:the`+sp+`)?(first|second)`+sp+`half`+sp+`of`+sp+`(?:((?:19|20)\d\d)|(?:the|this)`+sp+`year)`+
			`|H([12])(?:`+sp+`|-)?((?:19|20)\d\d)|((?:19|20)\d\d)(?:`+sp+`|-)H([12])`+
			`|(?:the`+sp+`)?(first|second)(?:-|`+sp+`)half(?:`+sp+`of`+sp+`(?:the`+sp+`|a`+sp+`|this`+sp+`)?(game|match|play|season|contest|century|decade))?`,
		func(c []string) (expr.Expr, bool) {
			if c[7] != "" {
				return expr.Expr{}, false // a game's half, no time of the calendar
			}
			h := 1
			if rule.Fold(c[0]) == "second" || c[2] == "2" || c[5] == "2" || rule.Fold(c[6]) == "second" {
				h = 2
			}
			year, _ := strconv.Atoi(c[1] + c[3] + c[4])
			e := expr.Half(h, year)
			if year == 0 {
				e = expr.InArticleYear(e) // "of the year"
			}
			return e, true
		}).On("half", "h")
}
