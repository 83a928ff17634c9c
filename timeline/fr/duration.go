package fr

import (
	"fmt"
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Duration reads a length of time: "pendant trois jours", "deux ans",
// "depuis une semaine", "au bout de deux ans", "en l'espace de 3 ans", "un an et demi" (P1.5Y), "quelques mois" (PXM: a
// number not given). A
// DURATION has a TIMEX3 value but no place on the timeline. An age ("de 38
// ans", "Paul, 53 ans") is not a duration of the story and is not read.
func Duration() *rule.Rule {
	return rule.New("fr.duration",
		`(?:(âgée?s?`+sp+`de|agée?s?`+sp+`de|les`+sp+`(?:moins|plus)`+sp+`de|au`+sp+`bout`+sp+`de|en`+sp+`l`+apos+`espace`+sp+`de|de|des|les|,|-|pendant|durant|depuis|en|pour|sur|environ|près`+sp+`de|pres`+sp+`de|plus`+sp+`de|moins`+sp+`de|au`+sp+`moins)`+sp+`|(d`+apos+`))?`+
			`(`+number+`|des|\d{1,3},\d{1,3})(?:`+sp+`|`+apos+`)(`+unit+`|secondes?|demi-heure|quarts?`+sp+`d`+apos+`heure)(`+sp+`et`+sp+`(?:demie?|quart))?`+
			`(`+sp+`(?:de`+sp+`|d`+apos+`)(?:grève|greve|mobilisation|deuil|action|manifestations?|protestation|solidarité|solidarite|colère|colere|hommage|commémoration|commemoration|réflexion|reflexion))?`,
		func(c []string) (expr.Expr, bool) {
			pre := rule.Fold(c[0] + c[1])
			if c[len(c)-1] != "" && !strings.HasPrefix(pre, "pendant") && !strings.HasPrefix(pre, "durant") {
				// "une journée de mobilisation", "trois jours de deuil
				// national": the event is named, and dated elsewhere; its
				// length is no time of the story.
				return expr.Expr{}, false
			}
			c = c[2 : len(c)-1]
			e := expr.Expr{Type: expr.Duration}
			u := rule.Fold(c[1])
			if pre == "d'" && (u == "ans" || strings.HasPrefix(u, "ann")) {
				return expr.Expr{}, false // "une femme d'une trentaine d'années": an age
			}
			if u == "ans" {
				switch {
				case pre == "de", pre == "des", pre == "les", pre == ",", pre == "-", len(pre) > 3 && pre[:2] == "ag", len(pre) > 3 && pre[:3] == "âg",
					strings.HasPrefix(pre, "les "):
					// "un chauffeur de 38 ans", "Alain P., 53 ans", "les 6-16 ans",
					// "les moins de 17 ans": an age.
					return expr.Expr{}, false
				case pre == "" && c[0] != "" && c[0][0] >= '0' && c[0][0] <= '9':
					// "Florian D., 26 ans, demeurant à…": in press copy, digits
					// before "ans" with nothing to make them a duration are an age.
					return expr.Expr{}, false
				}
			}
			if n, err := strconv.Atoi(c[0]); err == nil && pre == "depuis" && strings.HasPrefix(u, "heure") && n >= 13 && n <= 23 {
				return rule.Skip() // "depuis 14 heures": since 2 p.m., Clock's
			}
			if rule.Fold(c[0]) == "des" {
				switch {
				case u == "mois", len(u) > 3 && (u[:3] == "ann" || u[:3] == "sem" || u[:3] == "jou" || u[:3] == "siè" || u[:3] == "déc"):
				default:
					return expr.Expr{}, false // "des heures scolaires"
				}
			}
			switch {
			case u == "demi-heure":
				e.Timex = "PT30M"
				return e, true
			case strings.HasPrefix(u, "quart"):
				n, ok := numberOf(c[0]) // "trois quarts d'heure": PT45M
				if !ok || c[2] != "" {
					return expr.Expr{}, false
				}
				e.Timex, e.Grain = fmt.Sprintf("PT%dM", 15*n), expr.GrainMinute
				return e, true
			}
			if strings.Contains(rule.Fold(c[2]), "quart") {
				// "une heure et quart": PT1H15M; a quarter of another unit
				// is no French.
				n, ok := numberOf(c[0])
				if !ok || !strings.HasPrefix(u, "heure") {
					return expr.Expr{}, false
				}
				e.Timex, e.Grain = fmt.Sprintf("PT%dH15M", n), expr.GrainMinute
				return e, true
			}
			if strings.HasPrefix(u, "seconde") {
				// "30,4 secondes": PT30.4S, the one unit with decimals.
				e.Timex, e.Grain = "PT"+strings.Replace(c[0], ",", ".", 1)+"S", expr.GrainMinute
				if _, err := strconv.ParseFloat(e.Timex[2:len(e.Timex)-1], 64); err != nil {
					n, ok := numberOf(c[0])
					if !ok {
						return expr.Expr{}, false
					}
					e.Timex = fmt.Sprintf("PT%dS", n)
				}
				return e, true
			}
			_, letter, g := unitOf(u)
			e.Grain = g
			if strings.Contains(c[0], ",") {
				// "1,5 heure": PT1.5H; a quarter or a decade in decimals is
				// too odd to read.
				num := strings.Replace(c[0], ",", ".", 1)
				switch letter {
				case "D", "W", "M", "Y":
					e.Timex = "P" + num + letter
				case "TH", "TM":
					e.Timex = "PT" + num + letter[1:]
				default:
					return expr.Expr{}, false
				}
				return e, true
			}
			n, ok := numberOf(c[0])
			e.Timex = durationTimex(n, ok, letter)
			if c[2] != "" && ok && strings.HasSuffix(e.Timex, letter[len(letter)-1:]) {
				// "un an et demi": P1.5Y, "deux heures et demie": PT2.5H.
				e.Timex = strings.TrimSuffix(e.Timex, letter[len(letter)-1:]) + ".5" + letter[len(letter)-1:]
			}
			return e, true
		}).On(append(unitWords, "demi", "quart")...)
}
