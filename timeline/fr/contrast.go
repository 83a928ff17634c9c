package fr

import (
	"strings"
	"unicode/utf8"
)

// contrast is French's lang.Language.Contrast: "Aujourd'hui," opening a
// sentence sets the present against a past when the words before it tell
// that past ("Autrefois ouvrière, la cité…", "Le quartier vivait de la
// mine.": a past era, an imperfect) or its clause tells a change ("la
// ville a changé d'ambiance", "est devenu", "désormais", "n'est plus").
// Otherwise it dates the news of the day ("Aujourd'hui, les secours
// poursuivent leurs recherches").
func contrast(before, clause []string) bool {
	for _, w := range before {
		if pastEra[w] || imperfect(w) {
			return true
		}
	}
	for i, w := range clause {
		if changeWords[w] || w == "plus" && i > 0 && (clause[i-1] == "n" || clause[i-1] == "ne") ||
			w == "plus" && i > 1 && (clause[i-2] == "n" || clause[i-2] == "ne") {
			return true
		}
	}
	return false
}

// imperfect reports whether w is a verb in the imperfect ("vivait",
// "étaient", "comptait"): -ait, -aient, not the nouns and presents that
// end so ("fait", "lait", "souhait", "portrait"), nor the auxiliaries and
// modals of recent news ("avait annoncé", "devait se rendre").
func imperfect(w string) bool {
	if !strings.HasSuffix(w, "ait") && !strings.HasSuffix(w, "aient") || utf8.RuneCountInString(w) < 5 {
		return false
	}
	return !notImperfect[w]
}

var (
	pastEra = map[string]bool{"autrefois": true, "jadis": true, "naguère": true, "naguere": true, "époque": true,
		"epoque": true, "années": true, "siècle": true, "siecle": true, "ancien": true, "ancienne": true, "anciens": true,
		"anciennes": true}
	changeWords = map[string]bool{"changé": true, "change": true, "changent": true, "devenu": true, "devenue": true,
		"devenus": true, "devenues": true, "désormais": true, "desormais": true, "transformé": true, "transformée": true,
		"reconverti": true, "reconvertie": true, "encore": true, "toujours": true}
	notImperfect = map[string]bool{"souhait": true, "portrait": true, "extrait": true, "retrait": true, "attrait": true,
		"parfait": true, "bienfait": true, "forfait": true, "méfait": true, "trait": true, "distrait": true, "abstrait": true,
		"satisfait": true, "refait": true, "défait": true, "surfait": true,
		// Auxiliaries and modals of recent news told in the past ("il
		// avait annoncé", "il devait se rendre"), no past era.
		"avait": true, "avaient": true, "devait": true, "devaient": true, "allait": true, "allaient": true,
		"pouvait": true, "pouvaient": true}
)
