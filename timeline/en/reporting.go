package en

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Reporting reads the reporting periods of business copy: "the quarter",
// "the latest quarter", "the latest period" (the last one ended before
// the article, the one its results are about), "the September quarter"
// (the one that ends in September), "the year-ago quarter", "the
// year-earlier period", "year-earlier levels", "the year-ago results",
// "year-earlier" alone ("a year-earlier loss") (that quarter a year
// before; "the same quarter a year earlier"
// is SameTime's, counted from the quarter named before it),
// "fiscal 1990", "fiscal year 1990", "the 1990 fiscal year" (TIMEX3
// FY1990), "the fiscal year",
// "the current fiscal year", "the previous fiscal year" (counted from the
// article's year), and "the year" after "in", "for", "during" (the
// article's year: "sales for the year rose", "for the full year",
// "full-year profit"),
// "year-end" (its end).
// "For the period", "in the period" is the quarter or half told before
// (else no time). Left out: "the period" and "the year" elsewhere
// ("person of the year", "the period of mourning"), which name no time
// as often as one.
func Reporting() *rule.Rule {
	return rule.New("en.reporting",
		`(?:the`+sp+`(?:(latest|most`+sp+`recent|recent|just-ended|just`+sp+`ended)`+sp+`)?(fiscal`+sp+`)?quarter`+
			`|(?:the`+sp+`)?(year-ago|year-earlier|year`+sp+`ago|year`+sp+`earlier)`+sp+`(?:fiscal`+sp+`)?(quarter|period|levels?|results|figures?)()`+
			`|fiscal`+sp+`(?:year`+sp+`)?((?:19|20)\d\d)`+
			`|(?:the`+sp+`)?(?:(current|latest|last|previous|past|next|coming|new|prior)`+sp+`)?(fiscal)`+sp+`year`+
			`|((?:in|for|during)`+sp+`the`+sp+`(?:full`+sp+`|whole`+sp+`|entire`+sp+`)?year|full-year|the`+sp+`full`+sp+`year)|(year-end|year`+sp+`end)`+
			`|the`+sp+`(latest|most`+sp+`recent|just-ended|just`+sp+`ended)`+sp+`period|the`+sp+`(march|june|september|sept\.?|december)`+sp+`quarter|the`+sp+`((?:19|20)\d\d)`+sp+`fiscal`+sp+`year|(year-ago|year-earlier)|(?:in|for|during)`+sp+`the`+sp+`(period))`,
		func(c []string) (expr.Expr, bool) {
			switch {
			case c[5]+c[12] != "":
				y, _ := strconv.Atoi(c[5] + c[12])
				return fiscalYear(expr.AnchorNone, y), true
			case c[7] != "":
				e := fiscalYear(expr.AnchorDoc, 0)
				switch rule.Fold(c[6]) {
				case "last", "previous", "past", "prior":
					e = fiscalYear(expr.AnchorDoc, -1)
				case "next", "coming", "new":
					e = fiscalYear(expr.AnchorDoc, 1)
				}
				return e, true
			case c[9] != "":
				// "at year-end", "by year-end": the end of the article's
				// year, as "the end of the year".
				e := expr.Expr{Type: expr.Date}
				e.Anchor, e.Shift, e.Grain, e.Mod = expr.AnchorDoc, expr.Shift{Unit: expr.Year}, expr.GrainYear, expr.End
				return e, true
			case c[8] != "":
				e := expr.Expr{Type: expr.Date}
				e.Anchor, e.Shift, e.Grain = expr.AnchorDoc, expr.Shift{Unit: expr.Year}, expr.GrainYear
				return e, true
			case c[14] != "":
				// "for the period": the period told before, if one was
				// (expr.Expr.Same); else it names none.
				e := expr.Expr{Type: expr.Date}
				e.Same, e.Anchor, e.Grain = true, expr.AnchorPrev, expr.GrainMonth
				return e, true
			case c[3]+c[13] != "":
				return lastQuarter(-15), true
			case c[11] != "":
				// "the September quarter": the quarter that ends with
				// that month, the latest begun (as "the third quarter").
				q := 4
				switch rule.Fold(c[11])[:3] {
				case "mar":
					q = 1
				case "jun":
					q = 2
				case "sep":
					q = 3
				}
				return expr.Quarter(q, 0), true
			}
			return lastQuarter(-3), true
		}).On("quarter", "period", "fiscal", "year", "year-end", "full-year", "levels", "level", "results", "figure", "figures")
}

// lastQuarter is the quarter that holds the month n months from the
// article's: -3 is the last one ended, the one results are reported for.
func lastQuarter(n int) expr.Expr {
	e := expr.Expr{Type: expr.Date}
	e.Anchor, e.Shift, e.Grain = expr.AnchorDoc, expr.Shift{N: n, Unit: expr.Month}, expr.GrainQuarter
	return e
}

// fiscalYear is the fiscal year y (anchor none), or the one n years from
// the article's (anchor doc): TIMEX3 writes FY1990, over the calendar
// year of that number, the nearest a reader can place it without the
// company's calendar.
func fiscalYear(anchor expr.Anchor, n int) expr.Expr {
	a, b := expr.Expr{Type: expr.Date}, expr.Expr{Type: expr.Date}
	a.Month, b.Month = 1, 12
	a.Grain, b.Grain = expr.GrainMonth, expr.GrainMonth
	e := expr.Expr{Type: expr.Date}
	if anchor == expr.AnchorNone {
		a.Year, b.Year = n, n
		e.Timex = "FY" + strconv.Itoa(n)
	} else {
		a.Anchor, b.Anchor = anchor, anchor
		a.Shift, b.Shift = expr.Shift{N: n, Unit: expr.Year}, expr.Shift{N: n, Unit: expr.Year}
		e.Timex = "FYXXXX"
	}
	e.Range = &[2]expr.Expr{a, b}
	return e
}
