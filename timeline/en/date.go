package en

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Date reads a day of a month, either order: "January 5", "Jan. 5th",
// "Wednesday, January 5, 2022", "5 January 2022", "the 4th of July", "on
// 14 Nov 2023". A year left out is the one nearest the article's day, or
// on the side the clause's tense gives.
func Date() *rule.Rule {
	// Not before ":" and a digit: "May 12:00" is May, then a time.
	return rule.NewFollowed("en.date",
		`(?:(?:on`+sp+`)?(`+weekday+`|`+weekdayAbbr+`)\.?,?`+sp+`)?(?:the`+sp+`)?`+
			`(?:(`+month+`)`+sp+`(?:the`+sp+`)?`+ordinal+`|`+ordinal+`(?:`+sp+`of)?`+sp+`(`+month+`))`+
			`(?:(?:\s*,)?`+sp+`(?:of`+sp+`)?((?:1[89]|20)\d\d|`+apos+`\d\d)|,`+sp+`(\d\d))?`,
		`$|[^\p{L}\p{N}_:]|:(?:$|\D)`,
		func(c []string) (expr.Expr, bool) {
			d, ok := dayNum(c[2] + c[3])
			switch {
			case !ok && c[1] != "" && c[5]+c[6] == "" && len(c[2]) == 2 && c[2] >= "32":
				return rule.Skip() // "3 Aug 96": no day after the month, a year; "3 Aug" is the date
			case !ok:
				return expr.Expr{}, false // "August 32, 2014", "32 August": no date at all
			}
			m := c[1] + c[4]
			if c[1] != "" && c[5]+c[6] == "" {
				// "May 5" reads well; "march 5 miles" does not, but a month
				// name before a number is a date far more often.
				switch rule.Fold(c[1]) {
				case "may", "march":
					if c[0] == "" && (c[1][0] == 'm') {
						return expr.Expr{}, false // lower-case "may 5": a verb
					}
				}
			}
			e := expr.Expr{Type: expr.Date}
			e.Day, e.Month = d, monthOf(m)
			if c[0] != "" {
				e.Weekday = expr.Some(weekdayOf(c[0]))
			}
			if y := c[5] + c[6]; y != "" {
				e.Year = year(y)
			}
			return e, true
		}).On(monthWords...)
}
