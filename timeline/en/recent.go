package en

import (
	"fmt"

	"frise/timeline"
	"frise/timeline/rule"
)

// Recent reads a stretch up to the article's day: "the past few days",
// "in recent weeks", "the last three months", "recent days".
func Recent() *rule.Rule {
	return rule.New("en.recent",
		`(?:(?:in`+sp+`|over`+sp+`)?(?:the`+sp+`)?(?:past|last|recent|coming|next)`+sp+`(?:(`+number+`)`+sp+`)?(days|weeks|months|years|hours)|(?:in`+sp+`)?recent`+sp+`(days|weeks|months|years))`,
		func(c []string) (timeline.Expr, bool) {
			u := c[1] + c[2]
			_, letter, g, _ := unitOf(u)
			num := "X"
			if n, ok := numberOf(c[0]); ok {
				num = fmt.Sprint(n)
			}
			e := timeline.NewExpr(timeline.Duration)
			e.Grain = g
			if letter[0] == 'T' {
				e.Timex = "PT" + num + letter[1:]
			} else {
				e.Timex = "P" + num + letter
			}
			return e, true
		})
}
