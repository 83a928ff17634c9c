package en

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Quarter reads a quarter of a year: "the third quarter of 2021",
// "third-quarter 2021", "Q3 2021", "2021-Q3", "Q3", "the first quarter
// of the year" (the article's), and, as business copy writes them,
// "third-quarter" ("third-quarter profit"), "the fourth quarter", "the
// fiscal second quarter", "its fiscal first quarter": the latest such
// quarter begun by the article's day (one still to come is the
// resolver's: see timeline.resolveOne). A quarter in words with neither
// "the", "its", "fiscal" nor a hyphen ("in third quarter") is not read,
// nor one "of the game", "of play", "of the match": a game's.
func Quarter() *rule.Rule {
	return rule.New("en.quarter",
		`(?:(the|its|their)`+sp+`)?(?:(fiscal)`+sp+`)?(first|second|third|fourth|final|1st|2nd|3rd|4th)(`+sp+`|-)quarter`+
			`(?:(?:`+sp+`of)?`+sp+`((?:19|20)\d\d)|`+sp+`of`+sp+`(?:the|this)`+sp+`(year)|`+sp+`of`+sp+`(?:the`+sp+`|a`+sp+`)?(game|match|play|contest))?`+
			`|Q([1-4])(?:`+sp+`|-)?((?:19|20)\d\d)?`+
			`|(?:(?:in|during|for)`+sp+`)?((?:19|20)\d\d)(?:`+sp+`|-)Q([1-4])`,
		func(c []string) (expr.Expr, bool) {
			if c[9] != "" {
				y, _ := strconv.Atoi(c[9]) // "2019-Q1", "2017 q1"
				return expr.Quarter(int(c[10][0]-'0'), y), true
			}
			if c[7] != "" {
				q := int(c[7][0] - '0')
				y, _ := strconv.Atoi(c[8])
				return expr.Quarter(q, y), true
			}
			if c[6] != "" {
				return expr.Expr{}, false // a game's quarter
			}
			q := 0
			switch w := rule.Fold(c[2]); w {
			case "first", "1st":
				q = 1
			case "second", "2nd":
				q = 2
			case "third", "3rd":
				q = 3
			case "fourth", "4th", "final":
				q = 4
			}
			year, _ := strconv.Atoi(c[4])
			if year == 0 && c[5] == "" && c[0]+c[1] == "" && c[3] != "-" {
				return expr.Expr{}, false // "in third quarter": too bare to be sure
			}
			e := expr.Quarter(q, year)
			if c[5] != "" {
				e = expr.InArticleYear(e) // "the first quarter of the year"
			}
			return e, q > 0
		}).On("quarter", "q", rule.Year)
}
