package fr

import (
	"slices"
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Clock reads a time of day: "à 14h30", "14 h 30", "21h45", "17:00",
// "vers 3 heures du matin", "8:10 PM", "à midi", "à midi et demi",
// "minuit", "16h CET", "vers 12 h 30 locales", "depuis midi", "à partir de
// 8 heures". "2 heures" alone is a duration, not a time: without "à"/"vers"
// or "du matin", the word "heures" needs minutes ("2 heures 30"); "depuis 8
// heures" is a duration too, Duration's, but "depuis 14 heures" a time;
// "pour 3h" is how long, "pour 15h" a time.
// A time counts from the day the story is at.
func Clock() *rule.Rule {
	return rule.New("fr.clock",
		`(?:(à|a|vers|dès|des|avant|après|apres|jusqu`+apos+`à|peu`+sp+`avant|peu`+sp+`après|aux`+sp+`alentours`+sp+`de|depuis|à`+sp+`partir`+sp+`de|a`+sp+`partir`+sp+`de|les|en|pendant|durant|pour|et)`+sp+`)?`+
			`(?:`+clockPat+`(?::?(\d{2})s?)?|(midi|minuit))(?:`+sp+`(et`+sp+`demie?|et`+sp+`quart|moins`+sp+`le`+sp+`quart|moins`+sp+`(?:vingt-cinq|vingt|dix|cinq)))?`+
			`(?:`+sp+`(du`+sp+`matin|de`+sp+`l`+apos+`après-midi|de`+sp+`l`+apos+`apres-midi|du`+sp+`soir|locales?|heure`+sp+`locale|heure`+sp+`de`+sp+`Paris|en`+sp+`France|GMT|UTC|CET|CEST|HEC|HAEC|TU|EST|EDT|MSK|BST))?`,
		func(c []string) (expr.Expr, bool) {
			pre, unitw, suffix := rule.Fold(c[0]), rule.Fold(c[2]), rule.Fold(c[8])
			if c[5] != "" && c[5] > "59" {
				return expr.Expr{}, false // "12h12:99s": no time
			}
			switch pre {
			case "les", "en", "pendant", "durant":
				return expr.Expr{}, false // "dans les 2h", "en 3h", "les 35h": how long, no time of day
			case "et":
				if c[6] == "" {
					return expr.Expr{}, false // "et 16 h": the end of a range is read without its "et"
				}
				// "entre 10 h et midi": the range's end, read on its own.
			}
			e := expr.Expr{Type: expr.Time}
			e.Anchor = expr.AnchorPrev
			e.Shift = expr.Shift{Unit: expr.Day}
			off, offOK := offsetOf(c[7]) // "et quart", "moins le quart"
			if !offOK {
				return expr.Expr{}, false
			}
			switch rule.Fold(c[6]) {
			case "midi":
				e.Hour, e.Minute = expr.Some(12), 0
				if pre == "" {
					return expr.Expr{}, false // "midi" alone is Weekday's or a region
				}
				h, m := addMinutes(12, 0, off) // "à midi et demi", "midi moins le quart"
				e.Hour, e.Minute = expr.Some(h), m
			case "minuit":
				e.Hour = expr.Some(24) // the midnight that ends the day: TIMEX3 T24:00
				if pre == "depuis" || strings.HasSuffix(pre, "partir de") || strings.HasSuffix(pre, "après") || strings.HasSuffix(pre, "apres") {
					// "depuis minuit", "peu après minuit dimanche": the one that
					// began the day, and what follows it is on that day.
					e.Hour = expr.Some(0)
				}
				switch {
				case off > 0:
					e.Hour, e.Minute = expr.Some(0), off // "minuit et demi": 00:30
				case off < 0:
					h, m := addMinutes(24, 0, off) // "minuit moins le quart": 23:45
					e.Hour, e.Minute = expr.Some(h), m
				}
			default:
				h, m, ok := clockOf(c[1:5])
				if !ok {
					return expr.Expr{}, false
				}
				if strings.HasPrefix(unitw, "heure") && pre == "" && suffix == "" && c[3] == "" {
					return expr.Expr{}, false
				}
				switch {
				case strings.HasPrefix(suffix, "de l"), suffix == "du soir":
					if h < 12 {
						h += 12
					}
				case suffix == "du matin" && h == 12:
					h = 0
				}
				if off != 0 {
					if c[3] != "" || c[5] != "" {
						return expr.Expr{}, false // "15h30 et quart": no such time
					}
					h, m = addMinutes(h, m, off) // "à 8 heures et quart", "à 15 h moins le quart"
				}
				if pre == "pour" && h <= 12 && m == 0 && suffix == "" {
					// "pour 3h", "coupé pour 2 h": how long; "prévu pour
					// 15h", "pour 8 h 30" are times.
					return rule.Skip() // HoursFor's
				}
				e.Hour, e.Minute = expr.Some(h), m
				if c[5] != "" {
					e.Second, _ = strconv.Atoi(c[5])
					e.Grain = expr.GrainSecond // "à 10:12:59"
				}
			}
			switch suffix {
			case "gmt", "utc", "cet", "cest", "est", "edt", "msk", "bst":
				e.Zone = strings.ToUpper(suffix)
			case "hec", "haec", "tu":
				e.Zone = zones[suffix] // the core knows the zones by their English abbreviations
			case "en france", "heure de paris":
				e.Zone = "Europe/Paris"
			}
			return e, true
		}).On(slices.Concat(clockWords, []string{"midi", "minuit"})...)
}

// halfOrQuarter reads "demi", "quart" after "midi et", "minuit et".
// offsetOf reads what follows a time: "et demie" +30, "et quart" +15,
// "moins le quart" -15, "moins dix" -10; false for what is no offset.
func offsetOf(w string) (int, bool) {
	f := strings.Fields(rule.Fold(w))
	switch {
	case len(f) == 0:
		return 0, true
	case f[0] == "et":
		return halfOrQuarter(f[1]), true
	case f[len(f)-1] == "quart":
		return -15, true
	}
	n, ok := numberOf(f[len(f)-1])
	return -n, ok && n > 0 && n < 60
}

// addMinutes is h:m moved by off minutes, within the day.
func addMinutes(h, m, off int) (int, int) {
	t := (h*60 + m + off + 24*60) % (24 * 60)
	return t / 60, t % 60
}

func halfOrQuarter(w string) int {
	switch rule.Fold(w) {
	case "demi", "demie":
		return 30
	case "quart":
		return 15
	}
	return 0
}

// zones are the French abbreviations of zones: heure d'Europe centrale
// (d'été), temps universel.
var zones = map[string]string{"hec": "CET", "haec": "CEST", "tu": "UTC"}
