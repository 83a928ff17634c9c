package fr

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Ago reads a time counted from the article's day: "il y a trois jours",
// "voici deux semaines", "dans deux mois" (the future), "il y a une
// semaine", "il y a tout juste un an", "il y a plus d'un mois", "dans une
// demi-heure", "il y a un an et demi" (18 months). An uncounted number ("il y a quelques jours") is left to
// Duration, as the French TimeBank annotates it (PXD); "voilà vingt ans
// que…" is Since's. TimeML writes an exact count ahead ("dans trois ans")
// as the duration it counts (Lasts: P3Y), the day it names dating the
// event, as it writes "in three years".
func Ago() *rule.Rule {
	return rule.New("fr.ago", agoPattern,
		func(c []string) (expr.Expr, bool) {
			about := rule.Fold(c[1])
			c = append(c[:1:1], c[2:]...)
			e := expr.Expr{Type: expr.Date}
			e.Anchor = expr.AnchorDoc
			sign := -1
			if strings.EqualFold(c[0], "dans") {
				sign = 1
			}
			n, u, letter, g, ok := counted(c[1], c[2])
			if !ok {
				return expr.Expr{}, false
			}
			if sign > 0 && c[3] == "" && about == "" && !strings.Contains(rule.Fold(c[1]), "aine") {
				// "dans trois ans": TimeML writes the count, anchored (P3Y),
				// as it writes "in three years"; the day it names dates the
				// event.
				e.Lasts = durationTimex(n, true, letter)
			}
			switch letter {
			case "DE": // "il y a deux décennies": twenty years
				n *= 10
			case "CE":
				n *= 100
			}
			if c[3] == "" {
				n = weekDays(n, u)
			}
			if strings.HasPrefix(rule.Fold(c[2]), "trimestre") {
				n *= 3
			}
			switch and := rule.Fold(c[3]); {
			case strings.Contains(and, "quart"):
				// "il y a une heure et quart": 75 minutes.
				if u != expr.Hour {
					return expr.Expr{}, false
				}
				n, u, g = 60*n+15, expr.Minute, expr.GrainMinute
			case and != "":
				// "il y a un an et demi": counted in the unit below, a half
				// of it being no whole count of its own.
				half, _, ok := expr.AndAHalf(n, u)
				if !ok {
					return expr.Expr{}, false
				}
				n, u = half.N, half.Unit
			}
			e.Shift = expr.Shift{N: sign * n, Unit: u}
			// The day that many units away: "il y a cinq mois" is a day, as a
			// reader counts it, not the whole month.
			e.Grain = expr.GrainDay
			if u == expr.Second || u == expr.Minute || u == expr.Hour {
				e.Type, e.Grain = expr.Time, g
			}
			if (strings.Contains(rule.Fold(c[1]), "aine") || approximate(about) || letter == "DE" || letter == "CE") && g > expr.GrainDay {
				// "il y a une dizaine d'années", "il y a plus d'un mois",
				// "il y a un siècle": about then; a day would be
				// invented. The unit's period it falls in.
				e.Grain = g
			}
			if w := rule.Fold(c[1]); strings.Contains(w, "aine") && !strings.Contains(w, "quinzaine") && u == expr.Day {
				// "dans une dizaine de jours": a few days either side; the
				// week it falls in, not one day. ("Une quinzaine de jours"
				// is the set phrase for two weeks: its day is kept.)
				e.Grain = expr.GrainWeek
			}
			return e, true
		}).On(unitWords...)
}

// agoPattern: "il y a", "voilà", "dans"…, a rough or exact count and its
// unit. Groups: the lead, the rough words, the count, the unit.
const agoPattern = `(il` + sp + `y` + sp + `a|il` + sp + `ya|voici|voilà|voila|cela` + sp + `fait|ça` + sp + `fait|dans)` + sp +
	`((?:près|pres|plus|moins|un` + sp + `peu` + sp + `plus|un` + sp + `peu` + sp + `moins)` + sp + `(?:de` + sp + `|d` + apos + `)` +
	`|(?:environ|à` + sp + `peu` + sp + `près|a` + sp + `peu` + sp + `pres|quelque|presque|tout` + sp + `juste|juste|exactement|précisément|pile|déjà)` + sp + `)?` +
	`(` + count + `)(?:` + sp + `|` + apos + `)(` + unit + `|demi-heure|quarts?` + sp + `d` + apos + `heure)(` + sp + `et` + sp + `(?:demie?|quart))?`

// counted reads a count and its unit ("trois jours", "une demi-heure").
func counted(num, unitWord string) (n int, u expr.Unit, letter string, g expr.Granularity, ok bool) {
	u, letter, g = unitOf(unitWord)
	if n, ok = numberOf(num); !ok {
		return 0, 0, "", 0, false
	}
	switch w := rule.Fold(unitWord); {
	case w == "demi-heure":
		u, letter, g, n = expr.Minute, "TM", expr.GrainMinute, 30*n
	case strings.HasPrefix(w, "quart"):
		u, letter, g, n = expr.Minute, "TM", expr.GrainMinute, 15*n
	}
	return n, u, letter, g, true
}

// Since reads how long something has lasted, said with a count from the
// article's day and "que": "voilà vingt ans que le club existe", "cela
// fait trois semaines qu'il pleut", "il y a deux ans qu'il est parti": a
// duration, not a day. The "que" is not part of the phrase.
func Since() *rule.Rule {
	return rule.NewFollowed("fr.since", agoPattern, sp+`qu(?:e\b|`+apos+`)`,
		func(c []string) (expr.Expr, bool) {
			if strings.EqualFold(c[0], "dans") {
				return rule.Skip()
			}
			n, _, letter, g, ok := counted(c[2], c[3])
			if !ok {
				return expr.Expr{}, false
			}
			d := expr.Expr{Type: expr.Duration}
			d.Grain, d.Timex = g, durationTimex(n, true, letter)
			if c[4] != "" && strings.HasSuffix(d.Timex, letter[len(letter)-1:]) {
				d.Timex = strings.TrimSuffix(d.Timex, letter[len(letter)-1:]) + ".5" + letter[len(letter)-1:] // "voilà deux ans et demi que"
			}
			return d, true
		}).On(unitWords...)
}

// approximate reports whether the words before a count make it a rough one
// ("près de", "plus d'", "environ"), not an exact one ("tout juste").
func approximate(words string) bool {
	w := strings.TrimSpace(words)
	return w != "" && !strings.Contains(w, "juste") && !strings.HasPrefix(w, "exact") &&
		!strings.HasPrefix(w, "précis") && w != "pile" && w != "déjà"
}
