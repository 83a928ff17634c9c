package en

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// OfYear reads a quarter or a half with the year it is of written beside
// it, as business copy does: "last year's third quarter", "this year's
// second half", "the year's first quarter", "1988's fourth quarter", "the
// 1988 third quarter", "the third quarter of last year", "the first half
// of next year" ("of this year" is Half's and Quarter's), "the year-ago
// third quarter" (of the year before the article's: a quarter not yet
// begun is taken from that year all the same, the nearest a reader can
// say without the quarter told before). "The 1988 period", "the 1988
// quarter" are the period told before, in that year (expr.Expr.Same).
// "Fiscal 1990's first quarter" is left out: a fiscal quarter's months
// are the company's.
func OfYear() *rule.Rule {
	const part = `(first|second|third|fourth|final|1st|2nd|3rd|4th)(?:-|` + sp + `)(quarter|half)`
	return rule.New("en.of-year",
		`(?:(last|this|next|the)`+sp+`year['’]s|((?:19|20)\d\d)['’]s|the`+sp+`((?:19|20)\d\d)|the`+sp+`(year-ago|year-earlier|year`+sp+`ago|year`+sp+`earlier|prior-year|previous-year))`+sp+`(?:`+part+`|(quarter|period))`+
			`|(?:the`+sp+`)?`+part+`(?:`+sp+`of)`+sp+`(last|next|the`+sp+`previous|the`+sp+`prior|the`+sp+`current|the`+sp+`coming|the`+sp+`following)`+sp+`year`,
		func(c []string) (expr.Expr, bool) {
			n, year := 0, 0
			ord, unit := c[4], c[5]
			switch {
			case c[7] != "":
				ord, unit = c[7], c[8]
				switch rule.Fold(c[9]) {
				case "last", "the previous", "the prior":
					n = -1
				case "next", "the coming", "the following":
					n = 1
				}
			case c[0] != "":
				switch rule.Fold(c[0]) {
				case "last":
					n = -1
				case "next":
					n = 1
				}
			case c[3] != "":
				n = -1
			default:
				year, _ = strconv.Atoi(c[1] + c[2])
			}
			if c[6] != "" {
				if year == 0 {
					return rule.Skip() // "the year-ago quarter" is Reporting's, "last year's period" Period's
				}
				// "the 1988 period": the period told before, in 1988.
				e := expr.Expr{Type: expr.Date}
				e.Same, e.Anchor, e.Grain, e.Year = true, expr.AnchorPrev, expr.GrainMonth, year
				return e, true
			}
			var e expr.Expr
			switch q := partNumber(ord); {
			case rule.Fold(unit) == "half" && (q == 1 || q == 2):
				e = expr.Half(q, year)
			case rule.Fold(unit) == "quarter" && q > 0:
				e = expr.Quarter(q, year)
			default:
				return expr.Expr{}, false // "the third half"
			}
			if year == 0 {
				e = inYear(e, n)
			}
			return e, true
		}).On("quarter", "half", "period")
}

// partNumber is the number of "first" to "fourth" ("final": the fourth), or 0.
func partNumber(w string) int {
	switch rule.Fold(w) {
	case "first", "1st":
		return 1
	case "second", "2nd":
		return 2
	case "third", "3rd":
		return 3
	case "fourth", "4th", "final":
		return 4
	}
	return 0
}

// inYear places the months of e (a Quarter or Half without a year) in
// the year n from the article's: "last year's third quarter" -1.
func inYear(e expr.Expr, n int) expr.Expr {
	e = expr.InArticleYear(e)
	r := *e.Range
	for i := range r {
		r[i].Shift.N = n
	}
	e.Range = &r
	return e
}
