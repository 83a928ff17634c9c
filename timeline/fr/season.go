package fr

import (
	"strconv"

	"frise/timeline"
	"frise/timeline/rule"
)

// Season reads a season: "l'été dernier", "cet hiver", "au printemps
// 2021", "l'automne prochain".
func Season() *rule.Rule {
	return rule.New("fr.season",
		`(?:(?:l`+apos+`|le`+sp+`|cet`+sp+`|ce`+sp+`|au`+sp+`|en`+sp+`|à`+sp+`l`+apos+`)\s*)?(printemps|été|ete|automne|hiver)(?:`+sp+`((?:19|20)\d\d))?(?:`+sp+`(dernier|prochain))?`,
		func(c []string) (timeline.Expr, bool) {
			e := timeline.NewExpr(timeline.Date)
			switch rule.Fold(c[0]) {
			case "printemps":
				e.Season = 1
			case "été", "ete":
				e.Season = 2
			case "automne":
				e.Season = 3
			default:
				e.Season = 4
			}
			if rule.Fold(c[0]) == "ete" {
				return timeline.Expr{}, false // "ete" is more often a typo of "été", the participle
			}
			e.Anchor = timeline.AnchorDoc
			e.Grain = timeline.GrainSeason
			if c[1] != "" {
				e.Year, _ = strconv.Atoi(c[1])
			}
			switch rule.Fold(c[2]) {
			case "dernier":
				e.Dir = timeline.DirPast
			case "prochain":
				e.Dir = timeline.DirFuture
			}
			return e, true
		})
}
