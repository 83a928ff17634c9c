package en

import (
	"strconv"

	"frise/timeline"
	"frise/timeline/rule"
)

// Quarter reads a quarter of a year: "the third quarter of 2021",
// "third-quarter 2021", "Q3 2021", "2021-Q3", "Q3", "the first quarter of the year"
// (the article's). "The third quarter" alone is as often a game's as a
// year's, so a quarter in words needs its year.
func Quarter() *rule.Rule {
	return rule.New("en.quarter",
		`(?:the`+sp+`)?(first|second|third|fourth|final|1st|2nd|3rd|4th)(?:`+sp+`|-)quarter(?:(?:`+sp+`of)?`+sp+`((?:19|20)\d\d)|`+sp+`of`+sp+`(?:the|this)`+sp+`(year))`+
			`|Q([1-4])(?:`+sp+`|-)?((?:19|20)\d\d)?`+
			`|(?:(?:in|during|for)`+sp+`)?((?:19|20)\d\d)(?:`+sp+`|-)Q([1-4])`,
		func(c []string) (timeline.Expr, bool) {
			if c[5] != "" {
				y, _ := strconv.Atoi(c[5]) // "2019-Q1", "2017 q1"
				return timeline.Quarter(int(c[6][0]-'0'), y), true
			}
			c = c[:5]
			ofYear := c[2] != ""
			c = append(c[:2:2], c[3:]...)
			q, y := 0, c[1]+c[3]
			switch w := rule.Fold(c[0]); {
			case c[2] != "":
				q = int(c[2][0] - '0')
			case w == "first", w == "1st":
				q = 1
			case w == "second", w == "2nd":
				q = 2
			case w == "third", w == "3rd":
				q = 3
			case w == "fourth", w == "4th", w == "final":
				q = 4
			}
			year, _ := strconv.Atoi(y)
			e := timeline.Quarter(q, year)
			if ofYear {
				e = timeline.InArticleYear(e) // "the first quarter of the year"
			}
			return e, q > 0
		}).On("quarter", "q", rule.Year)
}
