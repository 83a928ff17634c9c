package timeline

import (
	"strings"

	"frise/timeline/expr"
)

// Language is what the chronology knows of one language's ways of telling
// when something happened: the words that say a clause reports, goes on
// with a story, looks ahead, or holds a date that is not its event's. The
// core reads these tables and names no word of any language itself; the
// tables live in the language packages (timeline/fr, timeline/en), and a
// caller hands them in through [Options].Languages.
//
// Every word is lower case; a cue of several words is one string with
// single spaces ("compared with", "par rapport à").
type Language struct {
	// Reporting is the forms of the verbs that report ("said", "announced",
	// "déclaré", "indique"), and words that attribute ("according",
	// "selon"). A clause that reports is the report itself: on the
	// article's day unless a phrase of its own says otherwise.
	Reporting map[string]bool
	// Complementizers open what a reporting verb reports ("that", "que").
	Complementizers map[string]bool
	// Continuers open a sentence that goes on with the episode told just
	// before ("then", "later", "puis", "ensuite").
	Continuers []string
	// Tense tells the tense a word (lower case, next being the word after
	// it) gives its clause: DirFuture for one that looks ahead ("will",
	// "sera", "devrait": with no phrase, a prediction is not on the
	// calendar), DirPast for one that narrates a completed event ("was",
	// "walked", "a été", "fut": a run of such sentences tells one
	// episode), DirNearest for a present ("has", "is", "est": the news of
	// the day, or a state), DirAuto for no verb. The first word that tells
	// one gives the sentence's.
	Tense func(lw, next string) expr.Direction
	// Detachers stand just before a phrase that does not date the clause's
	// event: a comparison ("compared with", "than", "par rapport à") or a
	// deadline or target ("by", "d'ici").
	Detachers []string
	// WhenRelatives open a clause that tells what happened at the time
	// just named ("when", "lorsque", "quand"): after a detached phrase
	// ("compared with June, when sales fell"), that clause is dated by it.
	WhenRelatives map[string]bool
	// Coordinators join two clauses ("and", "but", "et", "mais"): one
	// that only looks ahead after a clause that does not is undated on
	// its own.
	Coordinators map[string]bool
	// PerfectAux are the auxiliaries of a perfect ("has", "have"): a
	// present perfect tells an event, not a state.
	PerfectAux map[string]bool
	// Pluperfect are the auxiliaries of a past before the past ("had",
	// "avait"): a sentence that opens on one steps back from the story,
	// and the next does not go on from its time.
	Pluperfect map[string]bool
	// Habitual words tell a habit or a generic truth ("usually",
	// "rarely", "souvent", "jamais"): with no phrase and no past that
	// narrates, such a clause is on no calendar.
	Habitual map[string]bool
	// Determiners stand before a phrase that names a noun ("the 2008
	// crisis", "its 2010 conference"), and Possessives after one ("this
	// year's"): the date is the noun's, not the clause's event's.
	Determiners map[string]bool
	Possessives []string
	// Relatives open a relative clause ("who", "which", "qui", "dont"),
	// and Participle tells a participle that opens a participial one
	// ("born", "arrested", "fondé"): set off by commas, either is an
	// event of its own.
	Relatives  map[string]bool
	Participle func(lw string) bool
	// Abbreviations end with a point that does not end a sentence
	// ("m" for "M. Dupont", "mr").
	Abbreviations map[string]bool
	// StopWords say nothing of what happened: merging compares clauses
	// without them.
	StopWords map[string]bool
}

// neutral is the Language of an article whose language has no tables: no
// cue is read, so a sentence with no phrase is dated by its article.
var neutral = &Language{}

func (l *Language) tense(lw, next string) expr.Direction {
	if l.Tense == nil {
		return expr.DirAuto
	}
	return l.Tense(lw, next)
}

// Languages picks a Language by an article's language tag ("fr",
// "en-GB"); nil when there is none.
type Languages func(tag string) *Language

func (ls Languages) of(tag string) *Language {
	if ls == nil {
		return neutral
	}
	tag = strings.ToLower(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if l := ls(tag); l != nil {
		return l
	}
	return neutral
}

// Words makes a set of the words of s, split on blanks.
func Words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
