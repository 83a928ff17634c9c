package fr

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Holiday reads a feast: "à Noël", "la Toussaint", "Pâques", "le lundi de
// Pentecôte", "le jour de l'An", "la Saint-Sylvestre", "l'Ascension 2021",
// "la veille de Noël" (the 24th), "le soir de Noël", and the long weekend
// a feast names: "le week-end de Pâques", "le pont de l'Ascension";
// "la fête des mères" (the last Sunday of May, or the first of June when
// that one is Pentecost), "la fête des pères", "la fête de la musique",
// "la Saint-Nicolas", "à la Saint-Jean" (not "le collège Saint-Nicolas",
// "Saint-Jean-de-Luz"), "Halloween", "l'Épiphanie".
// Fixed feasts are dates; feasts tied to Easter are computed for the year.
// "Noël" alone is a first name as often: it needs a preposition or
// "jour de". "Mardi gras" is no date of the story (Weekday vetoes it).
func Holiday() *rule.Rule {
	return rule.New("fr.holiday",
		`(?:(à|a|pour|avant|après|apres|depuis|dès|des|jusqu`+apos+`à|entre|pendant|durant|vers|de|la`+sp+`veille`+sp+`de|le`+sp+`soir`+sp+`de|le`+sp+`jour`+sp+`de|le|la|l`+apos+
			`|(?:le`+sp+`|du`+sp+`|au`+sp+`|ce`+sp+`)?(?:long`+sp+`)?(?:week-end|weekend|pont)`+sp+`(?:de`+sp+`la|de`+sp+`l`+apos+`|de|du))\s*)?`+
			`(noël|noel|toussaint|(?:lundi`+sp+`de`+sp+`)?pâques|(?:lundi`+sp+`de`+sp+`)?pentecôte|ascension|assomption|armistice|nouvel`+sp+`an|jour`+sp+`de`+sp+`l`+apos+`an|saint-sylvestre|saint-valentin|chandeleur|fête`+sp+`du`+sp+`travail|fête`+sp+`nationale|vendredi`+sp+`saint|réveillon`+sp+`(?:de`+sp+`noël|du`+sp+`nouvel`+sp+`an)|`+
			`fête`+sp+`des`+sp+`(?:mères|meres|pères|peres)|fête`+sp+`de`+sp+`la`+sp+`musique|saint-nicolas|saint-jean|halloween|épiphanie|epiphanie)`+
			`((?:-\p{L}+)*)(?:`+sp+`((?:19|20)\d\d))?(?:`+sp+`(dernier|dernière|prochain|prochaine))?`,
		func(c []string) (expr.Expr, bool) {
			pre, name := rule.Fold(c[0]), rule.Fold(c[1])
			name = strings.Join(strings.Fields(name), " ")
			if c[2] != "" {
				return expr.Expr{}, false // "Saint-Nicolas-de-Port", "Saint-Jean-de-Luz": towns
			}
			c = append(c[:2:2], c[3:]...)
			if strings.HasPrefix(name, "saint-") && name != "saint-sylvestre" && name != "saint-valentin" && pre != "la" && pre != "à" && pre != "a" {
				return expr.Expr{}, false // "le collège Saint-Nicolas", "l'église Saint-Jean": names; the feast is "la Saint-Jean"
			}
			weekend := strings.Contains(pre, "week") || strings.Contains(pre, "pont")
			if (name == "noël" || name == "noel") && (pre == "" || pre == "le" || pre == "la" || pre == "l'") {
				return expr.Expr{}, false // "Noël Mamère"
			}
			if pre == "de" && (name == "noël" || name == "noel" || name == "pâques") {
				return expr.Expr{}, false // "le marché de Noël", "les œufs de Pâques": things, not days
			}
			e := expr.Expr{Type: expr.Date}
			fixed := map[string][2]int{
				"noël": {12, 25}, "noel": {12, 25}, "toussaint": {11, 1}, "assomption": {8, 15}, "armistice": {11, 11},
				"nouvel an": {1, 1}, "jour de l'an": {1, 1}, "saint-sylvestre": {12, 31}, "saint-valentin": {2, 14},
				"chandeleur": {2, 2}, "fête du travail": {5, 1}, "fête nationale": {7, 14},
				"réveillon de noël": {12, 24}, "réveillon du nouvel an": {12, 31},
				"fête de la musique": {6, 21}, "saint-nicolas": {12, 6}, "saint-jean": {6, 24}, "halloween": {10, 31},
				"épiphanie": {1, 6}, "epiphanie": {1, 6},
			}
			if md, ok := fixed[name]; ok {
				e.Month, e.Day = md[0], md[1]
			} else {
				e.Holiday = map[string]string{"pâques": "easter", "lundi de pâques": "easter-monday", "pentecôte": "pentecost",
					"lundi de pentecôte": "whit-monday", "ascension": "ascension", "vendredi saint": "good-friday",
					"fête des mères": "mothers-day-fr", "fête des meres": "mothers-day-fr", "fête des pères": "fathers-day",
					"fête des peres": "fathers-day"}[name]
				if e.Holiday == "" {
					return expr.Expr{}, false
				}
				e.Anchor = expr.AnchorDoc
			}
			if c[2] != "" {
				e.Year, _ = strconv.Atoi(c[2])
			}
			e.Weekend = weekend // "le week-end de Pâques", "le pont de l'Ascension"
			switch strings.Join(strings.Fields(pre), " ") {
			case "la veille de":
				e.Then = expr.Shift{N: -1, Unit: expr.Day} // "la veille de Noël": the 24th
			case "le soir de":
				e.Type, e.Part = expr.Time, expr.Evening
			}
			switch rule.Fold(c[3]) {
			case "dernier", "dernière":
				e.Dir = expr.DirPast
			case "prochain", "prochaine":
				e.Dir = expr.DirFuture
			}
			return e, true
		}).On("noël", "noel", "toussaint", "pâques", "pentecôte", "ascension", "assomption", "armistice", "nouvel", "an",
		"sylvestre", "valentin", "chandeleur", "travail", "nationale", "saint", "réveillon", "week", "weekend", "pont",
		"mères", "meres", "pères", "peres", "musique", "saint-nicolas", "nicolas", "saint-jean", "jean", "halloween", "épiphanie", "epiphanie")
}
