package fr

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// AtPart reads "au matin", "au soir", "au petit matin": a part of the day
// the story is at, and of the day written just before it ("le 8 au soir",
// "samedi 8 janvier au matin"). "Au soir de sa vie" is no time: not
// before "de".
func AtPart() *rule.Rule {
	return rule.NewFollowed("fr.at-part",
		`au`+sp+`(petit`+sp+`)?(matin|soir)`,
		`[\s\x{00a0}\x{202f}]*(?:[,.;:!?)»]|$)|`+sp+`(?:[^d\s]|d[^eu'’\s]|de\p{L}|du\p{L})`,
		func(c []string) (timeline.Expr, bool) {
			e := timeline.NewExpr(timeline.Time)
			e.Anchor = timeline.AnchorPrev
			e.Shift = timeline.Shift{Unit: timeline.Day}
			return withPart(e, c[0], c[1]), true
		}).On("matin", "soir")
}
