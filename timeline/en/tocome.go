package en

import "strings"

// toCome is English's lang.Language.ToCome, for a clause TenseOf found no
// tense in: a verb of a schedule in the present anywhere around the
// phrase ("the offer opens Thursday"); or a present of the plural ("voters
// go to the polls Sunday", "talks with the rebels continue Saturday") or
// a present copula before a state ("markets are closed Monday", "the vote
// is set for Sunday") before the phrase, or right after it when it opens
// the sentence ("On Sunday, voters go to the polls"). The first left of
// words stand before the phrase.
func toCome(words []string, left int) bool {
	for _, w := range words {
		if presentEN[w] {
			return true
		}
	}
	if pluralPresent(words[:left]) || copulaState(words[:left]) {
		return true
	}
	for _, w := range words[:left] {
		if !smallWords[w] {
			return false
		}
	}
	// The phrase opens its sentence: its clause is the one after it.
	right := words[left:min(len(words), left+nearVerb)]
	return pluralPresent(right) || copulaState(right)
}

// nearVerb is how many words may stand between the verb and the phrase it
// dates ("block the main roads into the capital Friday"): further off,
// the phrase is more likely another clause's or a noun's.
const nearVerb = 6

// pluralPresent reports whether the words before a phrase, nearest last,
// hold a plural subject and a bare verb, at most nearVerb words before
// the phrase: "voters go to the polls", "the two teams meet", "they fly
// to Geneva", "voters in Ohio go", "talks on the ceasefire continue". A
// bare form that is also a past ("put", "cut", "hit", "set", "read") or
// a verb of saying or thinking ("officials say the blast") is no present
// to read ahead from; nor is a word after a small one ("in the capital
// Sunday", "in Gaza Sunday") or a plural that qualifies a noun ("a
// weapons inspection").
func pluralPresent(left []string) bool {
	for k := len(left) - 1; k >= 1 && k >= len(left)-1-nearVerb; k-- {
		v := left[k]
		if !bareVerb(v) || sayVerbs[v] {
			continue
		}
		if subjectAt(left, k-1) {
			return true
		}
		if smallWords[left[k-1]] {
			continue
		}
		// A subject and what qualifies it: "voters in Ohio", "talks on
		// the ceasefire", "officials of the ruling party".
		for j := k - 2; j >= 1 && j >= k-4; j-- {
			if prepositions[left[j]] && subjectAt(left, j-1) {
				return true
			}
		}
	}
	return false
}

// subjectAt reports whether left[i] is a plural subject, not a plural
// qualifying the noun after it ("a weapons inspection", "its arms deal").
func subjectAt(left []string, i int) bool {
	return pluralSubject(left[i]) && (i == 0 || !singularLead[left[i-1]])
}

// bareVerb reports whether w may be a verb's bare form, on no past list
// and not a small word: no -s, -ed, -ing, -ly (a noun's plural, a past,
// a participle, an adverb), two letters or more, ASCII.
func bareVerb(w string) bool {
	if len(w) < 2 || !isASCII(w) || smallWords[w] || tenseCues.Past[w] || tenseCues.Future[w] || pastToo[w] || notPresent[w] {
		return false
	}
	for _, end := range []string{"s", "ed", "ing", "ly", "-"} {
		if strings.HasSuffix(w, end) && !lyVerbs[w] {
			return false
		}
	}
	return true
}

// pluralSubject reports whether w, the word before a bare verb, is a
// plural subject: a plural noun (-s, not -ss or -us: "voters", "talks",
// "teams"), a plural pronoun or a plural noun without -s.
func pluralSubject(w string) bool {
	if pluralWords[w] {
		return true
	}
	return len(w) >= 3 && isASCII(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !smallWords[w] && !singularS[w]
}

// copulaState reports whether the words before a phrase end with "is" or
// "are" and at most four words, of which none sets the phrase in a past
// event ("are dead after a shooting Sunday", "is believed to"): "markets
// are closed Monday", "the museum is open", "the vote is set for",
// "funeral services are Saturday", "the offices are closed Saturday and
// Sunday".
func copulaState(left []string) bool {
	for k := len(left) - 1; k >= 0 && k >= len(left)-1-nearCopula; k-- {
		w := left[k]
		if w == "is" || w == "are" {
			return k == len(left)-1 || !pastState[left[k+1]]
		}
		if afterEvent[w] {
			return false
		}
	}
	return false
}

// nearCopula is how many words may stand between "is" or "are" and the
// phrase.
const nearCopula = 4

var (
	// presentEN: verbs of schedules in the present ("opens Thursday").
	presentEN = map[string]bool{"opens": true, "closes": true, "begins": true, "starts": true, "ends": true, "meets": true,
		"resumes": true, "reopens": true, "reopen": true, "expires": true, "arrives": true, "departs": true, "leaves": true, "returns": true, "visits": true,
		"plays": true, "hosts": true, "faces": true, "holds": true, "votes": true, "launches": true, "kicks": true, "heads": true,
		"travels": true, "testifies": true, "open": true, "meet": true, "begin": true, "start": true, "vote": true, "play": true,
		"face": true, "resume": true, "reconvene": true, "reconvenes": true, "plans": true, "plan": true, "scheduled": true,
		"slated": true, "runs": true, "run": true, "goes": true, "comes": true, "moves": true, "airs": true, "premieres": true,
		"debuts": true, "convenes": true, "gathers": true, "competes": true, "concludes": true, "wraps": true, "lands": true}

	// lyVerbs: verbs in -ly, which an adverb's ending would hide.
	lyVerbs = wordSet(`fly rely apply reply supply comply`)

	// pastToo: bare forms that are their own past ("put", "cut", "hit"),
	// and pasts no Past list has, which a bare verb must not be taken for
	// ("rebels overran the town Sunday").
	pastToo = wordSet(`put cut hit set read let shut quit spread cast cost bet bid beat hurt burst split
		broadcast forecast upset rid shed thrust fit lit slid spat bled bred fed sped laid bound ground wound
		hung stung swung clung flung spun shone shook mistook overtook undertook retook forsook forbade forgave
		rode strode bore tore wore swept wept slept crept knelt lent bent burnt learnt dreamt dug stuck slew
		blew withdrew overthrew drank ate sang rang sank swam understood withstood upheld oversaw foresaw
		rebuilt overran overcame became lay`)

	// notPresent: bare forms that are no verb of the clause: modals and
	// auxiliaries ("rebels have taken"), and words of a noun phrase.
	notPresent = wordSet(`is are am be been being have do can could may might must should would will shall need dare
		ago last next this that these those such own other another same new old`)

	// sayVerbs: verbs of saying or thinking, whose object clause says
	// when it happened ("officials say the attack Sunday").
	sayVerbs = wordSet(`say believe think fear claim allege suspect know deny admit confirm report
		insist argue acknowledge doubt assume recall suggest concede note estimate hope`)

	// pluralWords: plural subjects without -s.
	pluralWords = wordSet(`they we you who people both children men women`)

	// prepositions open what qualifies a subject ("voters in Ohio").
	prepositions = wordSet(`in on of from with at for near across outside inside`)

	// singularLead: words before a noun in the singular: a plural after
	// them qualifies the noun next ("a weapons inspection").
	singularLead = wordSet(`a an its his her this that one each every another`)

	// singularS: words in -s that are no plural subject.
	singularS = wordSet(`news species series politics economics physics mathematics athletics
		its his hers ours theirs yours was has does goes always sometimes perhaps besides towards
		afterwards whereas unless across less plus thus yes`)

	// smallWords: determiners, prepositions, conjunctions, pronouns,
	// adverbs and numbers: never a verb, never a subject.
	smallWords = wordSet(`a an the to of in on at for with by from into onto about over under after before
		near outside inside beyond behind toward towards via per amid despite
		during since until till through between among against without within along around off up down out
		and or but nor so yet if then than as because while when where whether which what whose whom
		it he she i me him her us them my our your their its this that these those
		not no also just still only even again already very more most less least
		here there now today tonight tomorrow yesterday early late earlier later
		one two three four five six seven eight nine ten dozen hundred thousand million first second third
		all some any each every many much few several other`)

	// pastState: what follows "is"/"are" of a state left by a past event,
	// or of what was reported: "are dead", "is believed".
	pastState = wordSet(`dead killed injured wounded missing hurt believed thought said reported feared
		alleged accused charged suspected known understood presumed`)

	// afterEvent: words that set a phrase in an event told before it,
	// between "is"/"are" and the phrase: "are dead after a shooting Sunday".
	afterEvent = wordSet(`after since following from`)
)

// wordSet is the set of the words of s, split on blanks.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
