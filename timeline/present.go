package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"frise/timeline/expr"
)

// toCome reports whether the clause around span, which TenseOf found no
// tense in, tells of something still to come without a future verb, as
// press copy often does: a verb in the present ("les deux équipes se
// retrouvent samedi", "le sommet s'ouvre lundi", "the offer opens
// Thursday"), a modal or a subjunctive ("il faut que le dossier soit
// bouclé vendredi", "doivent"), a headline in capitals ("LA VILLE
// CÉLÈBRE SES HÉROS SAMEDI"), a programme ("au programme : concert
// samedi", "Concert mardi soir à l'église"). A bare weekday in such a
// clause is the next one. Past participles without their auxiliary
// ("réélu dimanche") are no present, so the past stays the default where
// nothing says otherwise.
func toCome(lang, text string, span Span) bool {
	words, caps := clauseWords(text, span, 12)
	if caps {
		return true
	}
	en := strings.HasPrefix(strings.ToLower(lang), "en")
	for i, w := range words {
		if en {
			if presentEN[w] {
				return true
			}
			continue
		}
		if presentFR[w] {
			return true
		}
		if (w == "faut" || w == "afin" || w == "pour" || w == "avant") && i+1 < len(words) && (words[i+1] == "que" || words[i+1] == "qu") {
			return true // "il faut que", "pour que", "avant que": a subjunctive, still to come
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

// clauseWords returns, lowered, up to n words each side of span within its
// sentence, the words of span left out, and whether that stretch is
// written in capitals (a headline: at least eight letters, none lower
// case). It reads no further than those words, so that a sentence of
// thousands of phrases costs each of them a bounded walk, not the whole
// sentence (TestPathologicalText).
func clauseWords(text string, span Span, n int) ([]string, bool) {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || r == '-' }
	isStop := func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '\n' }
	// Walk left over at most n words, stopping at the sentence's end.
	start, count, inWord := span.Start, 0, false
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if isStop(r) {
			break
		}
		if w := isWord(r); w != inWord {
			if !w {
				count++ // a word ended (read leftwards)
				if count == n {
					break
				}
			}
			inWord = w
		}
		start -= size
	}
	end, count, inWord := span.End, 0, false
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if isStop(r) {
			break
		}
		if w := isWord(r); w != inWord {
			if !w {
				count++
				if count == n {
					break
				}
			}
			inWord = w
		}
		end += size
	}
	split := func(s string) []string { return strings.FieldsFunc(s, func(r rune) bool { return !isWord(r) }) }
	left, right := split(text[start:span.Start]), split(text[span.End:end])
	letters, lower := 0, false
	for _, r := range text[start:end] {
		if unicode.IsLetter(r) {
			letters++
			lower = lower || unicode.IsLower(r)
		}
	}
	if len(left) > n {
		left = left[len(left)-n:]
	}
	if len(right) > n {
		right = right[:n]
	}
	words := make([]string, 0, len(left)+len(right))
	for _, w := range append(left, right...) {
		words = append(words, Lower(w))
	}
	return words, letters >= 8 && !lower
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
		"ouvent", "llent", "arent", "orent"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

var (
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
		"excellent": true, "couvent": true}
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
		"projection": true, "dédicace": true, "atelier": true, "stage": true,
		// What a schedule says in the singular present ("le festival
		// débute jeudi soir", "le club reçoit Metz samedi"); the plural is
		// pluralPresent's.
		"débute": true, "commence": true, "démarre": true, "ouvre": true, "rouvre": true, "reprend": true,
		"accueille": true, "reçoit": true, "affronte": true, "rencontre": true, "organise": true, "propose": true,
		"célèbre": true, "fête": true, "inaugure": true, "arrive": true, "revient": true, "joue": true, "donne": true,
		"tient": true, "défile": true, "manifeste": true}
	// presentEN: verbs of schedules in the present ("opens Thursday").
	presentEN = map[string]bool{"opens": true, "closes": true, "begins": true, "starts": true, "ends": true, "meets": true,
		"resumes": true, "expires": true, "arrives": true, "departs": true, "leaves": true, "returns": true, "visits": true,
		"plays": true, "hosts": true, "faces": true, "holds": true, "votes": true, "launches": true, "kicks": true, "heads": true,
		"travels": true, "testifies": true, "open": true, "meet": true, "begin": true, "start": true, "vote": true, "play": true,
		"face": true, "resume": true, "reconvene": true, "reconvenes": true, "plans": true, "plan": true, "scheduled": true,
		"slated": true, "runs": true, "run": true, "goes": true, "comes": true, "moves": true, "airs": true, "premieres": true,
		"debuts": true, "convenes": true, "gathers": true, "competes": true, "concludes": true, "wraps": true, "lands": true}
)

// openingToday turns the article's day, named first in its sentence and
// set off by a comma ("Aujourd'hui, la ville a changé d'ambiance",
// "Today, more women than ever run businesses"), into these times
// (PRESENT_REF), as TimeML writes it: framing a sentence so, the word
// sets the present against the past more often than it dates a clause.
// A clause in the future ("Aujourd'hui, le ministre se rendra à Metz")
// keeps the day. The phrase still has the article's time as its place.
func openingToday(a *Article, ms []Mention) {
	for i := range ms {
		e := &ms[i].Expr
		if e.Type != expr.Date || e.Anchor != expr.AnchorDoc || e.Shift != (expr.Shift{Unit: expr.Day}) || e.Then != (expr.Shift{}) ||
			e.Weekday.IsSet() || e.Hour.IsSet() || e.Part != expr.NoPart || e.Year != 0 || e.Month != 0 || e.Day != 0 ||
			e.Timex != "" || e.Range != nil || e.Open != 0 {
			continue
		}
		sp := ms[i].Span
		if strings.ContainsFunc(ms[i].Text, unicode.IsSpace) {
			continue // "aujourd'hui vendredi", "today afternoon": the day
		}
		if !strings.HasPrefix(a.Text[sp.End:], ",") || !opensSentence(a.Text, sp.Start) || TenseOf(a.Lang, a.Text, sp) == expr.DirFuture {
			continue
		}
		e.Type, e.Timex = expr.Time, "PRESENT_REF"
	}
}

// opensSentence reports whether only spaces and opening quotes stand
// between off and the start of its sentence (or of the text).
func opensSentence(text string, off int) bool {
	for off > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:off])
		switch {
		case r == '.' || r == '!' || r == '?' || r == '\n' || r == ':':
			return true
		case unicode.IsSpace(r) || r == '«' || r == '"' || r == '“' || r == '(' || r == '—' || r == '-':
			off -= size
		default:
			return false
		}
	}
	return true
}
