package fr

import (
	"strings"
	"unicode/utf8"
)

// toCome is French's lang.Language.ToCome: a verb in the present ("les
// deux équipes se retrouvent samedi", "le sommet s'ouvre lundi"), a modal
// or a subjunctive ("il faut que le dossier soit bouclé vendredi",
// "doivent"), a programme ("au programme : concert samedi"), a start
// ("à partir de lundi", the words just left of the phrase). Past
// participles without their auxiliary ("réélu dimanche") are no present.
// Where the words stand does not matter.
func toCome(words []string, left int) bool {
	if afterStart(words, left) {
		return true // "le masque devient obligatoire à partir de mercredi": where a measure starts, in the present
	}
	for i, w := range words {
		if presentFR[w] {
			return true
		}
		if subjunctiveLead[w] && i+1 < len(words) && (words[i+1] == "que" || words[i+1] == "qu") {
			return true // "il faut que", "pour que", "avant que", "il est possible que": a subjunctive, still to come
		}
		if (w == "a" || w == "ont") && i+1 < len(words) && words[i+1] == "lieu" {
			return true // "le concert a lieu samedi"
		}
		if subjectPronoun[w] && i+1 < len(words) && presentVerbAfter(words[i+1:]) && (i == 0 || !infinitiveLead[words[i-1]]) {
			// "avant de s'étendre": an infinitive, no present.
			return true // "le sommet s'ouvre lundi", "on vote dimanche"
		}
		if pluralPresent(w) {
			return true // "les syndicats appellent à manifester mardi"
		}
	}
	return false
}

// presentVerbAfter reports whether the words after a subject pronoun
// start with a verb in the present: object pronouns skipped, an
// auxiliary or the imperfect is a past ("il a", "on est venu", "il
// allait").
func presentVerbAfter(ws []string) bool {
	for _, w := range ws {
		if objectPronoun[w] {
			continue
		}
		if auxiliaries[w] || strings.HasSuffix(w, "ait") || strings.HasSuffix(w, "aient") || utf8.RuneCountInString(w) < 3 {
			return false
		}
		return true
	}
	return false
}

// pluralPresent reports whether w is a verb of the third person plural in
// the present ("appellent", "retrouvent", "jouent"): -ent, but not the
// imperfect (-aient), and not the nouns and adverbs that end so
// ("gouvernement", "président", "argent", "client", "souvent"). Some
// verbs are lost with the nouns ("ferment", like "ferment" the noun).
func pluralPresent(w string) bool {
	if utf8.RuneCountInString(w) < 6 || !strings.HasSuffix(w, "ent") || strings.HasSuffix(w, "aient") {
		return false
	}
	for _, end := range []string{"ment", "dent", "gent", "ient", "cent", "lent", "vent", "rent", "tent", "nent", "sent"} {
		if strings.HasSuffix(w, end) && !pluralVerbEnds(w) {
			return false
		}
	}
	return !notPlural[w]
}

// pluralVerbEnds keeps the verbs among the endings pluralPresent doubts:
// "entrent", "montrent", "restent", "votent", "passent", "prennent".
func pluralVerbEnds(w string) bool {
	for _, end := range []string{"trent", "rrent", "stent", "otent", "ssent", "nnent", "ttent", "ilent", "ulent", "event", "èvent",
		"ouvent", "llent", "arent", "orent", "ament", "ncent", "utent"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

var (
	// subjunctiveLead: the words before "que" that put what follows in
	// the subjunctive, still to come.
	subjunctiveLead = map[string]bool{"faut": true, "afin": true, "pour": true, "avant": true, "possible": true, "probable": true,
		"souhaite": true, "souhaitent": true, "exige": true, "exigent": true, "attendant": true, "condition": true}
	infinitiveLead = map[string]bool{"de": true, "d": true, "à": true, "pour": true, "sans": true, "afin": true, "avant": true,
		"après": true, "par": true}
	subjectPronoun = map[string]bool{"il": true, "elle": true, "ils": true, "elles": true, "on": true, "nous": true, "se": true, "s": true}
	objectPronoun  = map[string]bool{"y": true, "en": true, "ne": true, "n": true, "le": true, "la": true, "les": true, "l": true,
		"lui": true, "leur": true, "se": true, "s": true, "me": true, "m": true, "te": true, "t": true, "nous": true, "vous": true}
	auxiliaries = map[string]bool{"a": true, "ont": true, "est": true, "sont": true, "avait": true, "avaient": true, "était": true,
		"étaient": true, "fut": true, "furent": true, "eut": true, "eurent": true, "été": true, "eu": true, "as": true, "es": true,
		"avons": true, "sommes": true, "vient": true, "viennent": true}
	notPlural = map[string]bool{"souvent": true, "comment": true, "auparavant": true, "différent": true, "fréquent": true,
		"intelligent": true, "parent": true, "serpent": true, "torrent": true, "continent": true, "content": true, "présent": true,
		"absent": true, "talent": true, "patent": true, "latent": true, "parlement": true, "récent": true, "décent": true,
		"excellent": true, "couvent": true, "testament": true, "médicament": true, "filament": true, "ligament": true,
		"tempérament": true, "firmament": true, "innocent": true}
	// presentFR: modals and subjunctives that look ahead, and the words
	// of a programme.
	presentFR = map[string]bool{"doit": true, "doivent": true, "peut": true, "peuvent": true, "veut": true, "veulent": true,
		"soit": true, "soient": true, "puisse": true, "puissent": true, "compte": true, "comptent": true, "entend": true,
		"entendent": true, "prévoit": true, "prévoient": true, "envisage": true, "envisagent": true, "espère": true, "espèrent": true,
		"programme": true, "rendez-vous": true, "agenda": true, "inscriptions": true, "attendu": true, "attendus": true,
		"attendue": true, "attendues": true,
		// What a local agenda announces, verbless: "Concert mardi soir à
		// l'église" (a past one has its verb: "le concert a réuni").
		"concert": true, "conférence": true, "spectacle": true, "exposition": true, "loto": true, "messe": true,
		"permanence": true, "réunion": true, "assemblée": true, "randonnée": true, "bal": true, "inauguration": true,
		"cérémonie": true, "collecte": true, "kermesse": true, "brocante": true, "vide-greniers": true, "audition": true,
		"projection": true, "dédicace": true, "atelier": true, "stage": true, "soirée": true, "repas": true,
		"veillée": true, "vernissage": true, "tournoi": true, "concours": true, "foire": true, "vente": true,
		"défilé": true, "séance": true, "balade": true, "dansant": true, "dansante": true,
		// What a schedule says in the singular present ("le festival
		// débute jeudi soir", "le club reçoit Metz samedi"); the plural is
		// pluralPresent's.
		"débute": true, "commence": true, "démarre": true, "ouvre": true, "rouvre": true, "reprend": true,
		"accueille": true, "reçoit": true, "affronte": true, "rencontre": true, "organise": true, "propose": true,
		"célèbre": true, "fête": true, "inaugure": true, "arrive": true, "revient": true, "joue": true, "donne": true,
		"tient": true, "défile": true, "manifeste": true}
)
