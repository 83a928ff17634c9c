package fr

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"frise/timeline/expr"
	"frise/timeline/lang"
)

// tenseCues are the French cues of a clause's tense: an auxiliary (a,
// ont, avait, est, été…), "vient de" read past; "va"/"vont" before an
// infinitive, "doit", the future read future; the imperfect (-ait,
// -aient), the passé simple plural (-èrent, -irent) past, the future and
// the conditional (-ra, -ront, -rait…) future.
var tenseCues = lang.TenseCues{
	Past: lang.Words(`a ont avait avaient ai avons avez eu est sont était étaient fut furent été
		vient viennent venait`),
	Future:     lang.Words(`va vont aura auront sera seront doit doivent devra devront prochain prochaine`),
	Aux:        lang.Words(`est sont`),
	Participle: auxParticiple,
	// Words that end like a future but are not verbs.
	NotFuture: lang.Words(`vrai minerai environs patrons citrons caméra opéra contra extra ultra
		hiérarchie marrons quadra tiara mantra`),
	// "le festival a lieu", "ils ont besoin": avoir in the present.
	PresentLocutions: lang.Words(`lieu besoin peur raison tort envie`),
	Schedule: lang.Words(`reporté reportée reportés reportées repoussé repoussée repoussés repoussées
		décalé décalée décalés décalées ajourné ajournée ajournés ajournées
		différé différée différés différées prolongé prolongée prolongés prolongées
		prorogé prorogée prorogés prorogées fixé fixée fixés fixées
		programmé programmée programmés programmées prévu prévue prévus prévues
		annoncé annoncée annoncés annoncées décidé décidée décidés décidées
		décrété décrétée décrétés décrétées ordonné ordonnée ordonnés ordonnées
		imposé imposée imposés imposées attendu attendue attendus attendues
		renvoyé renvoyée renvoyés renvoyées`),
	For:            lang.Words(`pour`),
	AuxParticiples: lang.Words(`été eu`),
	// "les soldes d'été démarrent", "l'été prochain", "cet été", "en plein
	// été": the season, not "a été".
	Appointments: lang.Words(`rendez-vous`),
	Determiners:  lang.Words(`d l cet en plein bel un chaque`),
	Endings:      endings,
	Ahead:        dIci,
	// "reportée au 3 février", "reportée à mardi", "prévu le 5 janvier",
	// "programmée pour vendredi", "prolongé jusqu'au", "décrété à partir
	// de samedi".
	MovedFirst:  lang.Words(`à a au aux le pour`),
	MovedBefore: []string{"à", "au", "aux", "le", "pour", "jusqu", "dès", "partir de", "partir d"},
	// "Au", "Dès le", "Et jeudi", "Plus tôt mardi".
	Leads: lang.Words(`au aux à a en le la les l dès depuis dans du de d vers et mais puis or
		jusqu partir avant après tôt tard`),
	// "avant de quitter ses fonctions le 30 octobre", "afin de s'étendre",
	// "pour le faire", "sans attendre".
	InfinitiveEndings:  []string{"er", "ir", "re"},
	InfinitiveMarks:    lang.Words(`de d pour sans`),
	InfinitivePronouns: lang.Words(`s se les le la l y en lui leur`),
}

// dIci reads "d'ici vendredi", "d'ici à la fin du mois" (lw "ici", the
// phrase next or after "à"): a time still to come, whatever the verb.
func dIci(text string, start, n int, lw, next string) bool {
	return lw == "ici" && (n == 1 || n == 2 && (next == "à" || next == "a")) && elidedD(text, start)
}

// elidedD reports whether "d'" (or "d’") stands right before i.
func elidedD(text string, i int) bool {
	switch {
	case i >= 2 && text[i-1] == '\'':
		i--
	case strings.HasSuffix(text[:i], "’"):
		i -= len("’")
	default:
		return false
	}
	if i < 1 || text[i-1]|0x20 != 'd' {
		return false
	}
	if i == 1 {
		return true
	}
	if c := text[i-2]; c < utf8.RuneSelf {
		return !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-') // a letter or a hyphen, as the tense reader reads words
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i-1]) // "«d'ici», not "éd'ici"
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// endings reads the tense of a French verb from its ending: the
// conditional and the future ahead, the imperfect and the passé simple
// plural past.
func endings(lw string) expr.Direction {
	switch lw[len(lw)-1] {
	case 't', 's', 'z', 'a', 'i':
	default:
		return expr.DirAuto // no ending below: most words, read without a look at them
	}
	switch {
	case lang.HasSuffix(lw, "rait", "raient"):
		return expr.DirFuture // conditional
	case lang.HasSuffix(lw, "ait", "aient", "èrent", "irent"):
		if lw == "fait" || lw == "souhait" || lw == "trait" || lw == "lait" {
			return expr.DirAuto
		}
		return expr.DirPast
	case lang.HasSuffix(lw, "ront", "rons", "rez", "ra", "ras", "rai"):
		return expr.DirFuture
	}
	return expr.DirAuto
}

// auxParticiple reports whether w may be a past participle after "est" or
// "sont" ("est arrivé", "sont venus", "est mort", "est mis"), or an adverb
// that may stand before one ("est déjà parti").
func auxParticiple(w string) bool {
	if auxAdverbs[w] {
		return true
	}
	if stateWords[w] {
		return false // "les inscriptions sont ouvertes", "l'entrée est gratuite": a state, in the present
	}
	for _, end := range []string{"é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "t", "te", "ts", "tes"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// stateWords end like participles but say, after "est" or "sont", what
// something is now: no passé composé (these verbs take "avoir").
var stateWords = lang.Words(`ouvert ouverte ouverts ouvertes fermé fermée fermés fermées gratuit gratuite gratuits gratuites
	interdit interdite interdits interdites autorisé autorisée autorisés autorisées suspendu suspendue suspendus suspendues`)

var auxAdverbs = lang.Words(`déjà aussi désormais toujours encore bien alors ensuite notamment même enfin
	finalement également ainsi surtout jamais pas plus aussitôt rapidement immédiatement vite tous toutes tout`)
