package en

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Season reads a season: "last summer", "this winter", "in spring 2021",
// "next autumn", "the fall", "in the spring". "in summer" alone is any
// summer (XXXX-SU); "in the spring" is one, placed as a month is (the
// tense, a schedule, else the nearest), as TimeBank dates it. "This fall"
// is this year's, said in March too, when last year's is nearer; "this
// winter" said in January the one under way.
func Season() *rule.Rule {
	return rule.New("en.season",
		`(?:(last|this|next|in`+sp+`the|in|the|early|late)`+sp+`)?(spring|summer|autumn|fall|winter)(?:`+sp+`(?:of`+sp+`)?((?:19|20)\d\d))?`,
		func(c []string) (expr.Expr, bool) {
			pre := rule.Fold(c[0])
			if pre == "" && c[2] == "" {
				return expr.Expr{}, false // "spring" and "fall" are verbs too
			}
			e := expr.Expr{Type: expr.Date}
			switch rule.Fold(c[1]) {
			case "spring":
				e.Season = 1
			case "summer":
				e.Season = 2
			case "autumn", "fall":
				e.Season = 3
			default:
				e.Season = 4
			}
			if rule.Fold(c[1]) == "fall" && pre != "last" && pre != "this" && pre != "next" && pre != "the" && pre != "in the" && c[2] == "" {
				return expr.Expr{}, false
			}
			e.Anchor, e.Grain = expr.AnchorDoc, expr.GrainSeason
			if c[2] != "" {
				e.Year, _ = strconv.Atoi(c[2])
			}
			switch pre {
			case "last":
				e.Dir = expr.DirPast
			case "next":
				e.Dir = expr.DirFuture
			case "this":
				// This year's, even when last year's is nearer ("will
				// open this fall", said in March); a winter straddles two
				// years: the nearest, the one under way in January.
				e.Shift = expr.Shift{Unit: expr.Year}
				if e.Season == 4 {
					e.Shift, e.Dir = expr.Shift{}, expr.DirNearest
				}
			case "in":
				if c[2] == "" {
					e.Timex = "XXXX-" + [...]string{"", "SP", "SU", "FA", "WI"}[e.Season]
				}
			}
			return e, true
		}).On("spring", "summer", "autumn", "fall", "winter")
}
