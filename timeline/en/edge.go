package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Edge reads the start, middle or end of the article's year, month or
// week, or of the one before or after: "the end of the year", "by the end
// of next month", "the beginning of last week", "end of month". The period
// is narrowed to its first, middle or last third, as "late January" is.
func Edge() *rule.Rule {
	return rule.New("en.edge",
		`(?:the`+sp+`)?(beginning|start|middle|end)`+sp+`of`+sp+`(?:(the|this|next|last|the`+sp+`next|the`+sp+`last|the`+sp+`previous|the`+sp+`following)`+sp+`)?(year|month|week)`,
		func(c []string) (expr.Expr, bool) {
			edge, which, unit := rule.Fold(c[0]), rule.Fold(c[1]), rule.Fold(c[2])
			e := expr.Expr{Type: expr.Date}
			e.Anchor, e.Mod = expr.AnchorDoc, modOf(edge)
			u, g := expr.Year, expr.GrainYear
			switch unit {
			case "month":
				u, g = expr.Month, expr.GrainMonth
			case "week":
				u, g = expr.Week, expr.GrainWeek
			}
			n := 0
			switch which {
			case "next":
				n = 1
			case "last":
				n = -1
			case "the next", "the following":
				n, e.Anchor = 1, expr.AnchorPrev
			case "the last", "the previous":
				n, e.Anchor = -1, expr.AnchorPrev
			}
			e.Shift, e.Grain = expr.Shift{N: n, Unit: u}, g
			return e, true
		}).On("year", "month", "week")
}
