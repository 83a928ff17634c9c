package fr

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/lang"
)

// cues is what frise's chronology knows of French press copy: the
// cues that tell a report from a narrative, a prediction, or a date that
// is not the clause's event's (see lang.Language).
//
// Known limits: words are read without a parser. The passé composé
// narrates ("a été arrêté") as the passé simple does; an auxiliary in the
// present with no participle ("a lieu", "est calme") is a present; the
// future is read from endings ("-ra", "-ront", "-rait"), a few nouns
// aside. "Est" before an adjective that ends as a participle does ("est
// petite", "est gratuite", "est connue") reads as a passé composé.
var cues = lang.Language{
	Reporting: lang.Words(`déclaré déclare déclarent dit dire annoncé annonce annoncent affirmé affirme
		affirment indiqué indique indiquent précisé précise précisent expliqué explique expliquent
		estimé estime estiment souligné souligne soulignent ajouté ajoute ajoutent rapporté rapporte
		confirmé confirme confirment assuré assure assurent déploré déplore dénoncé dénonce
		appelé appelle appellent répondu répond confié confie raconté raconte
		réagi réagit réagissent soutenu soutient soutiennent reconnu reconnaît reconnaissent disent
		déclarant affirmant indiquant précisant expliquant estimant soulignant ajoutant assurant`),
	Complementizers: lang.Words("que qu"),
	Continuers: []string{"puis", "ensuite", "peu après", "plus tard", "après quoi", "dans la foulée",
		"aussitôt", "par la suite", "quelques minutes plus tard", "quelques heures plus tard"},
	Tense: tense,
	// "compared with June, when sales fell": what the clause tells
	// happened then.
	WhenRelatives: lang.Words("lorsque lorsqu quand"),
	Relatives:     lang.Words("qui dont où lequel laquelle lesquels lesquelles auquel auxquels"),
	// "…sont en cours et le site pourrait rouvrir".
	Pluperfect: lang.Words("avait avaient"),
	Subordinators: []string{"bien que", "bien qu'", "bien qu’", "même si", "parce que", "parce qu'", "parce qu’",
		"puisque", "puisqu'", "puisqu’", "quoique", "quoiqu'", "quoiqu’"},
	AsideOpeners: []string{"avant de", "avant d'", "avant d’", "après avoir", "après être", "afin de", "afin d'", "pour", "tout en"},
	// "il y a quelques jours", "depuis quelques jours", "dans quelques
	// jours": before, up to, after the story's day.
	StorySides: []lang.StorySide{{Word: "il y a", Glued: true, Open: -3}, {Word: "voilà", Glued: true, Open: -3},
		{Word: "depuis", InPhrase: true, Open: -2}, {Word: "dans", Open: 3}},
	Coordinators: lang.Words("et mais"),
	// Not "puis" alone: "et puis" goes on with the same episode.
	Afterwards: []string{"plus tard", "par la suite", "ultérieurement", "peu après", "finalement"},
	// "souvent", "jamais", "d'ordinaire": a habit, a generic truth, no day.
	Habitual: lang.Words(`souvent toujours jamais rarement généralement habituellement parfois
		fréquemment régulièrement ordinaire habitude`), // "d'ordinaire", "d'habitude"
	// "Elle est connue pour sa discrétion", "réputé pour".
	HabitualPairs: []string{"connu pour", "connue pour", "connus pour", "connues pour", "réputé pour",
		"réputée pour", "réputés pour", "réputées pour", "célèbre pour", "célèbres pour"},
	Participle: openingParticiple,
	// "a choisi de quitter", "a décidé d'abandonner", "menace de
	// fermer", "envisage de".
	Intends: lang.Words(`décidé décide décident choisi choisit choisissent accepté accepte acceptent
		promis promet promettent menacé menace menacent refusé refuse refusent
		envisagé envisage envisagent proposé propose proposent résolu`),
	Infinitives: lang.Words("de d"),
	// "par rapport à 2020", "comparé à juin", "d'ici 2025", "que l'an
	// dernier" is left: "que" is also a complementizer.
	Detachers: []string{"par rapport à", "par rapport au", "comparé à", "comparé au", "comparativement à",
		"d'ici", "d’ici", "d'ici à", "d'ici au", "au plus tard"},
	Abbreviations: lang.Words(`m mm mme mmes mlle mgr me dr pr st ste gén gal col cf p pp n° no vol av apr env
		janv févr fév avr juil sept oct nov déc`),
	Connectives: [][]string{
		{" avant de ", " avant d'", " avant d’", " après avoir ", " après être ", " puis ", " alors que ", " tandis que ", " mais "},
		{" lorsque ", " quand ", " et ", " où "},
	},
	StopWords: lang.Words(`le la les un une des du de d l au aux et ou mais donc or ni car que qui quoi dont où ce cet cette ces
		son sa ses leur leurs nous vous ils elles il elle on se s en y ne pas plus par pour sur sous dans avec sans selon entre
		est sont été être avait avaient ont a ai as avons avez fait faire était étaient sera seront aussi très tout tous toute toutes`),
}

// futureWords: "-rons" and "-rez" are listed, not read from the ending:
// "vignerons", "forgerons", "bûcherons" end so too.
var futureWords = lang.Words(`va vont aura auront sera seront devra devront devrait devraient pourrait pourraient
	serons ferons aurons pourrons devrons irons verrons saurons viendrons continuerons resterons
	serez ferez aurez pourrez devrez irez verrez saurez viendrez`)

// notFuture end like a future but are no verbs.
var notFuture = lang.Words("vrai minerai environs patrons citrons caméra opéra contra extra ultra marrons quadra tiara mantra")

var pastAux = lang.Words("a ont avait avaient eu fut furent avons vient viennent venait")

// presentWith follow "a", "ont" in the present: "a lieu", "ont besoin".
var presentWith = lang.Words("lieu besoin peur raison tort envie")

// tenseWords says which of futureWords, pastAux and notFuture a word is
// on.
var tenseWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for bit, list := range map[uint8]map[string]bool{isFuture: futureWords, isPastAux: pastAux, isNotFuture: notFuture} {
		for w, ok := range list {
			if ok {
				m[w] |= bit
			}
		}
	}
	return m
}()

const (
	isFuture uint8 = 1 << iota
	isPastAux
	isNotFuture
)

// tense reads the passé composé, the plus-que-parfait and the passé simple
// as narrated pasts, "est" or "sont" before no participle ("est calme") and
// the imperfect (background) as presents, and the future and the
// conditional from their words or endings (see lang.Language.Tense).
func tense(lw, next string) expr.Direction {
	k := tenseWords[lw] // one look-up for the three lists: every word of a clause up to its verb is read
	switch {
	case k&isFuture != 0:
		return expr.DirFuture
	case lw == "est" || lw == "sont":
		if participle(next) {
			return expr.DirPast
		}
		return expr.DirNearest
	case k&isPastAux != 0:
		if presentWith[next] {
			return expr.DirNearest
		}
		return expr.DirPast
	case len(lw) < 5 || k&isNotFuture != 0:
		return expr.DirAuto
	case strings.HasSuffix(lw, "èrent") || strings.HasSuffix(lw, "irent") && len(lw) > 6:
		return expr.DirPast
	case strings.HasSuffix(lw, "rait") || strings.HasSuffix(lw, "raient") || strings.HasSuffix(lw, "ront"):
		return expr.DirFuture
	case futureSingular(lw):
		return expr.DirFuture // "présentera", "finira", "prendra"
	case strings.HasSuffix(lw, "ait") || strings.HasSuffix(lw, "aient"):
		return expr.DirNearest // the imperfect: background
	}
	return expr.DirAuto
}

// futureSingular tells the future of the third person singular, "-ra"
// after the stem's "e", "i", "d", "v", "r" or "u" ("présentera",
// "finira", "prendra", "devra", "pourra", "conclura"): "caméra",
// "opéra", "extra", "cobra" end otherwise or are listed in notFuture.
func futureSingular(lw string) bool {
	if len(lw) < 5 || !strings.HasSuffix(lw, "ra") {
		return false
	}
	switch lw[len(lw)-3] {
	case 'e', 'i', 'd', 'v', 'r', 'u':
		return true
	}
	return false
}

// participle tells a past participle ("arrivé", "venus", "mort", "mis"),
// or an adverb that may stand before one ("est déjà parti").
func participle(w string) bool {
	switch w {
	case "déjà", "aussitôt", "ensuite", "finalement", "enfin":
		return true // "est déjà parti"; not "est désormais calme"
	}
	for _, end := range []string{"é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues"} {
		if strings.HasSuffix(w, end) && len(w) > 2 {
			return true
		}
	}
	// In "-t", only the endings of participles ("dit", "fait", "écrit",
	// "mort", "ouvert") and of the adverbs that may stand before one
	// ("est complètement détruit"): not the adjectives of a state ("est
	// injuste", "est complète", "est prête").
	for _, end := range []string{"it", "ite", "its", "ites", "ort", "orte", "orts", "ortes", "ert", "erte", "erts", "ertes", "ment"} {
		if strings.HasSuffix(w, end) && len(w) > 2 {
			return true
		}
	}
	return false
}

// openingParticiple tells a past participle that may open a participial
// clause (", fondé en 2015,", ", arrêté en mai,", "né en 1955"): the
// regular endings of the first group, and "né".
func openingParticiple(lw string) bool {
	switch lw {
	case "né", "née", "nés", "nées", "mort", "morte", "élu", "élue", "élus", "élues", "venu", "venue", "venus", "venues":
		return true
	}
	for _, end := range []string{"é", "ée", "és", "ées"} {
		if strings.HasSuffix(lw, end) && len(lw) > len(end)+2 {
			return true
		}
	}
	return false
}
