package en

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Period reads a week, month or year named from the article's: "last
// week", "this month", "next year", "the previous week" (from the story's),
// "last weekend", "this weekend", "over the weekend", "the year 2001",
// "that week", "that year" (the story's), "this past weekend", "the week
// after next",
// "late last year", "early next week". "The past week", "the past year"
// are the stretch up to the article's day (a DURATION with its interval),
// not the calendar week or year before.
func Period() *rule.Rule {
	return rule.New("en.period",
		`(?:((?:early|mid|late)(?:-|`+sp+`))?(this`+sp+`past|last|this|next|past|coming|current|previous|prior|preceding|the`+sp+`current|the`+sp+`previous|the`+sp+`prior|the`+sp+`preceding|the`+sp+`following|the`+sp+`next|the`+sp+`past|the`+sp+`coming|earlier`+sp+`this|later`+sp+`this|that)`+sp+`(?:calendar`+sp+`)?(week|month|year|weekend|quarter|decade)|the`+sp+`year`+sp+`((?:19|20)\d\d)|(?:over|during|at|for|until|till|through|throughout|by|before|after|on)`+sp+`the`+sp+`(weekend)|the`+sp+`(week|month|year)`+sp+`after`+sp+`next)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Date}
			if c[3] != "" {
				e.Year, _ = strconv.Atoi(c[3])
				e.Grain = expr.GrainYear
				return e, true
			}
			if c[5] != "" {
				// "the week after next": two from the article's.
				e.Anchor = expr.AnchorDoc
				switch rule.Fold(c[5]) {
				case "week":
					e.Shift, e.Grain = expr.Shift{N: 2, Unit: expr.Week}, expr.GrainWeek
				case "month":
					e.Shift, e.Grain = expr.Shift{N: 2, Unit: expr.Month}, expr.GrainMonth
				default:
					e.Shift, e.Grain = expr.Shift{N: 2, Unit: expr.Year}, expr.GrainYear
				}
				return e, true
			}
			if c[4] != "" {
				// "over the weekend": the one the tense points to.
				e.Anchor, e.Weekday, e.Grain, e.Weekend = expr.AnchorDoc, expr.Some(6), expr.GrainWeek, true
				return e, true
			}
			e.Mod = modOf(c[0]) // "late last year", "early next week"
			c = c[1:]
			if p := strings.Join(strings.Fields(rule.Fold(c[0])), " "); (p == "past" || p == "the past") && e.Mod == expr.NoMod {
				if d, ok := pastStretch(rule.Fold(c[1])); ok {
					return d, true // "over the past year": the last twelve months
				}
			}
			if rule.Fold(c[1]) == "decade" {
				// "the past decade", "over the last decade": the ten years
				// up to the article's day; "this decade", "next decade"
				// name no such stretch and are not read.
				switch p := strings.Join(strings.Fields(rule.Fold(c[0])), " "); p {
				case "past", "the past", "last", "the last":
					if e.Mod == expr.NoMod {
						return pastStretch("decade")
					}
				}
				return expr.Expr{}, false
			}
			e.Anchor = expr.AnchorDoc
			n := 0
			switch strings.Join(strings.Fields(rule.Fold(c[0])), " ") {
			case "last", "past", "the past", "previous", "prior", "preceding", "this past": // "previous quarter": the article's
				n = -1
			case "next", "coming", "the coming":
				n = 1
			case "the previous", "the prior", "the preceding":
				n, e.Anchor = -1, expr.AnchorPrev
			case "the following", "the next":
				n, e.Anchor = 1, expr.AnchorPrev
			case "that": // "that week", "that year": the story's, as "later that month"
				e.Anchor = expr.AnchorPrev
			}
			switch rule.Fold(c[1]) {
			case "week":
				e.Shift, e.Grain = expr.Shift{N: n, Unit: expr.Week}, expr.GrainWeek
			case "weekend":
				e.Weekday, e.Grain = expr.Some(6), expr.GrainWeek
				e.Weekend = true
				switch {
				case n < 0:
					e.Dir = expr.DirPast
				case n > 0 && rule.Fold(c[0]) == "next":
					// "next weekend", said on a Friday, is next week's, as
					// "next Saturday" is.
					e.Dir, e.Shift = expr.DirNearest, expr.Shift{N: 1, Unit: expr.Week}
				case n > 0:
					e.Dir = expr.DirFuture // "the coming weekend"
				case rule.Fold(c[0]) == "this":
					e.Lean = expr.DirNearest // "the festival is this weekend": this week's, unless a verb says it is over
				case rule.Fold(c[0]) == "that":
					e.Dir = expr.DirNearest // the weekend of the story's week
				}
			case "month":
				e.Shift, e.Grain = expr.Shift{N: n, Unit: expr.Month}, expr.GrainMonth
			case "quarter":
				e.Shift, e.Grain = expr.Shift{N: 3 * n, Unit: expr.Month}, expr.GrainQuarter
			default:
				e.Shift, e.Grain = expr.Shift{N: n, Unit: expr.Year}, expr.GrainYear
			}
			return e, true
		}).On("week", "month", "year", "weekend", "quarter", "decade")
}

// pastStretch is "the past week", "the past year": not the calendar week
// or year before this one but the stretch that ends at the article's day,
// a DURATION with the interval it covers. A quarter is a reporting period:
// "the past quarter" is the last one.
func pastStretch(unit string) (expr.Expr, bool) {
	e := expr.Expr{Type: expr.Duration}
	switch unit {
	case "week":
		e.Timex, e.Grain, e.Range = "P1W", expr.GrainWeek, expr.Stretch(1, expr.Week, false)
	case "month":
		e.Timex, e.Grain, e.Range = "P1M", expr.GrainMonth, expr.Stretch(1, expr.Month, false)
	case "year":
		e.Timex, e.Grain, e.Range = "P1Y", expr.GrainYear, expr.Stretch(1, expr.Year, false)
	case "decade":
		e.Timex, e.Grain, e.Range = "P1DE", expr.GrainYear, expr.Stretch(10, expr.Year, false)
	default:
		return expr.Expr{}, false
	}
	return e, true
}
