package fr

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Season reads a season: "l'été dernier", "cet hiver", "au printemps
// 2021", "l'automne prochain", "à la fin de l'été", "au début du
// printemps" (its first or last third); "en été", "les mois d'été" are any summer
// (XXXX-SU). A season
// word with no determiner, year or "dernier" is not read: "été" is far more
// often the participle.
func Season() *rule.Rule {
	return rule.New("fr.season",
		`(?:(?:(?:(?:à|a)`+sp+`)?(?:la|le|au)`+sp+`)?(début|debut|fin|milieu)`+sp+`)?`+
			`(?:(l`+apos+`|le`+sp+`|cet`+sp+`|ce`+sp+`|au`+sp+`|en`+sp+`|à`+sp+`l`+apos+`|d`+apos+`|de`+sp+`l`+apos+`|du`+sp+`|les`+sp+`mois`+sp+`d`+apos+`|les`+sp+`mois`+sp+`de`+sp+`)\s*)?(printemps|été|ete|automne|hiver)(?:`+sp+`((?:19|20)\d\d))?(?:`+sp+`(dernier|prochain))?`,
		func(c []string) (expr.Expr, bool) {
			edge, det := rule.Fold(c[0]), rule.Fold(c[1])
			c = c[2:]
			if (det == "de l'" || det == "du ") != (edge != "") && (edge != "" || c[1] == "" && c[2] == "") {
				// "la fin de l'été", "au début du printemps"; without an
				// edge, "la fête du printemps" is a kind, "la canicule de
				// l'été 2003", "les inondations du printemps dernier" a time.
				return expr.Expr{}, false
			}
			if (det == "" || det == "d'") && c[1] == "" && c[2] == "" {
				// "a été décrété", "les Jeux d'hiver": a participle, a kind.
				return expr.Expr{}, false
			}
			if r := c[0][0]; r >= 'A' && r <= 'Z' && (det != "" || edge != "") {
				// "au Printemps Haussmann": a capital after its article is a name.
				return expr.Expr{}, false
			}
			e := expr.Expr{Type: expr.Date}
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
				return expr.Expr{}, false // "ete" is more often a typo of "été", the participle
			}
			e.Anchor = expr.AnchorDoc
			e.Grain = expr.GrainSeason
			e.Mod = modOf(edge) // "à la fin de l'été": its last third
			if (det == "en " || len(det) > 8 && det[:8] == "les mois") && c[1] == "" && c[2] == "" {
				// "en été, la ville se vide": any summer, as TIMEX3 writes it.
				e.Timex = "XXXX-" + [...]string{"", "SP", "SU", "FA", "WI"}[e.Season]
				return e, true
			}
			if c[1] != "" {
				e.Year, _ = strconv.Atoi(c[1])
			}
			switch rule.Fold(c[2]) {
			case "dernier":
				e.Dir = expr.DirPast
			case "prochain":
				e.Dir = expr.DirFuture
			}
			return e, true
		}).On("printemps", "été", "ete", "automne", "hiver")
}
