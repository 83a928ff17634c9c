package en

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Half reads a half of a year: "the first half of 2021", "the second half
// of the year", "H2 2021", "2019-H2". "Of the year" is the article's year.
func Half() *rule.Rule {
	return rule.New("en.half",
		`(?:the`+sp+`)?(first|second)`+sp+`half`+sp+`of`+sp+`(?:((?:19|20)\d\d)|(?:the|this)`+sp+`year)`+
			`|H([12])(?:`+sp+`|-)?((?:19|20)\d\d)|((?:19|20)\d\d)(?:`+sp+`|-)H([12])`,
		func(c []string) (expr.Expr, bool) {
			h := 1
			if rule.Fold(c[0]) == "second" || c[2] == "2" || c[5] == "2" {
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
