package en

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Head reads the first or last units of a period: "the first nine months
// of the year", "the last two weeks of this month", "the first day of next
// month", and "the first six months", to be joined with the period written
// after it ("… of 2021", "… of last year": see timeline/tag). Alone, "the
// first six months" is a length (P6M), and "the last three months" is
// Recent's. "The first quarter" is a quarter (Quarter), "the first week of
// March" a week (WeekOf).
func Head() *rule.Rule {
	return rule.New("en.head",
		`(?:the`+sp+`)?(first|last)`+sp+`(?:(`+count+`)`+sp+`(days|weeks|months|quarters)|(day|month))`+
			`(?:`+sp+`of`+sp+`(the|this|last|next|the`+sp+`previous|the`+sp+`following)`+sp+`(year|month|week))?`,
		func(c []string) (expr.Expr, bool) {
			n, ok, u := 1, true, c[3]
			if c[1] != "" {
				u = c[2]
				n, ok = numberOf(c[1])
			}
			if !ok {
				return rule.Skip()
			}
			unit, letter, g, k := unitOf(u)
			n *= k
			first := rule.Fold(c[0]) == "first"
			if !first {
				n = -n
			}
			if c[5] == "" {
				if !first || c[1] == "" {
					return rule.Skip() // "the last three months" (Recent), "the first day" of something
				}
				d := expr.Expr{Type: expr.Duration}
				d.Grain, d.Timex = g, "P"+strconv.Itoa(n)+letter
				d.Head = expr.Shift{N: n, Unit: unit}
				return d, true
			}
			e := expr.Expr{Type: expr.Date}
			e.Head = expr.Shift{N: n, Unit: unit}
			e.Anchor = expr.AnchorDoc
			e.Shift, e.Grain = periodOf(c[5])
			if unit >= e.Shift.Unit {
				return rule.Skip() // "the first two months of the month"
			}
			switch strings.Join(strings.Fields(rule.Fold(c[4])), " ") {
			case "last":
				e.Shift.N = -1
			case "next":
				e.Shift.N = 1
			case "the previous":
				e.Shift.N, e.Anchor = -1, expr.AnchorPrev
			case "the following":
				e.Shift.N, e.Anchor = 1, expr.AnchorPrev
			}
			return e, true
		}).On("first", "last")
}
