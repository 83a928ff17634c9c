package en

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Month reads a month: "in January", "January 2022", "early January",
// "mid-January", "late March", "last December", "next May", "Dec, 2018".
// "May" and "March" alone are verbs as often as months: they need a
// preposition ("as early as March"), a year or a modifier.
func Month() *rule.Rule {
	return rule.New("en.month",
		`(?:(in|during|since|by|until|through|throughout|after|before|from|around|as`+sp+`(?:early|late|soon)`+sp+`as|as`+sp+`of|early|mid|late|last|next|this|the`+sp+`end`+sp+`of|the`+sp+`beginning`+sp+`of|the`+sp+`middle`+sp+`of|end`+sp+`of|beginning`+sp+`of|(?:in`+sp+`)?(?:early|mid|late))(?:-|`+sp+`))?`+
			`(`+month+`)(?:,?`+sp+`(?:of`+sp+`)?((?:1[89]|20)\d\d|`+apos+`\d\d))?(`+sp+`\d+(?:st|nd|rd|th|:\d+)?)?`,
		func(c []string) (expr.Expr, bool) {
			if c[3] != "" {
				// A number after the month is a day ("from January 15": the
				// date is the phrase), a time ("May 12:00") or no date at
				// all ("February 151998"): not a month alone.
				return rule.Skip()
			}
			pre, name := rule.Fold(c[0]), rule.Fold(c[1])
			if pre == "" && c[2] == "" {
				switch name {
				case "january", "february", "april", "june", "july", "august", "september", "october", "november", "december":
				default:
					return expr.Expr{}, false
				}
			}
			e := expr.Expr{Type: expr.Date}
			e.Month, e.Grain = monthOf(name), expr.GrainMonth
			if !strings.HasPrefix(pre, "as ") {
				e.Mod = modOf(pre) // "early March", not "as early as March"
			}
			switch pre {
			case "last":
				e.Dir = expr.DirPast
				e.Anchor = expr.AnchorDoc
			case "next":
				e.Dir = expr.DirFuture
				e.Anchor = expr.AnchorDoc
			}
			if c[2] != "" {
				e.Year = year(c[2])
			}
			return e, true
		}).On(monthWords...)
}
