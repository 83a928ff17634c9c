package en

import (
	"fmt"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Recent reads a stretch that ends at the article's day or starts after
// it. With a count, it is that stretch of days: "the last three months"
// (up to the article's day), "the next 3 days" (from the day after). With
// none ("the past few days", "in recent weeks"), only its length is known:
// a DURATION (PXD). "The past fortnight" is one: fourteen days.
func Recent() *rule.Rule {
	return rule.New("en.recent",
		`(?:(?:in`+sp+`|over`+sp+`|within`+sp+`|during`+sp+`)?(?:the`+sp+`)?(past|last|recent|coming|next|previous|following|upcoming)`+sp+`(?:(`+number+`)`+sp+`)?(days|weeks|months|years|hours|decades|fortnights?)|(?:in`+sp+`)?recent`+sp+`(days|weeks|months|years))`,
		func(c []string) (expr.Expr, bool) {
			u := c[2] + c[3]
			unit, letter, g, k := unitOf(u)
			n, counted := numberOf(c[1])
			if rule.Fold(u) == "fortnight" {
				n, counted = 1, true // "the past fortnight": one, the last 14 days
			}
			if counted && unit >= expr.Day {
				// A stretch of days before or after the article's day: a
				// DURATION, as TimeML writes it, with the interval it
				// covers (as French "les trois derniers mois").
				e := expr.Expr{Type: expr.Duration}
				e.Grain, e.Timex = g, lasting(n, k, letter, false)
				switch strings.ToLower(c[0]) {
				case "coming", "next", "following", "upcoming":
					e.Range = expr.Stretch(n*k, unit, true)
				default:
					e.Range = expr.Stretch(n*k, unit, false)
					// "the last two weeks of December": the tagger
					// narrows the period after it, if one follows.
					e.Head = expr.Shift{N: -n * k, Unit: unit}
				}
				return e, true
			}
			num := "X"
			if counted {
				num = fmt.Sprint(n * k)
			}
			e := expr.Expr{Type: expr.Duration}
			e.Grain = g
			if !counted {
				// "in recent months", "the coming weeks": a stretch up to the
				// article's day (or from it), of a length not given.
				e.Anchor, e.Dir = expr.AnchorDoc, expr.DirPast
				switch strings.ToLower(c[0]) {
				case "coming", "next", "following", "upcoming":
					e.Dir = expr.DirFuture
				}
			}
			switch {
			case !counted:
				e.Timex = vagueLength(letter, k) // "in recent decades": PXDE
			case letter[0] == 'T':
				e.Timex = "PT" + num + letter[1:]
			default:
				e.Timex = lasting(n, k, letter, false)
			}
			return e, true
		}).On("past", "last", "recent", "coming", "next", "previous", "following", "upcoming")
}
