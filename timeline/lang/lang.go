// Package lang says what one language gives frise: its rules and the
// words that join two time phrases side by side into one (read by the
// tagger), the cues of its chronology and the words of its tense reader
// (read by the core, timeline, which names no word of any language), how
// it says a date and the words of its pages (read by render and frise
// serve), and the very common words that tell it from the others (read
// by detection). A language is one package
// (timeline/fr, timeline/en) that returns a Language; the list of them is
// timeline/languages.
package lang

import (
	"strings"

	"github.com/olebedev/when/rules"

	"frise/timeline/expr"
)

// Language is what frise knows of one language.
type Language struct {
	// Tag is the language's code: "fr", "en"; Name its name in itself,
	// as a reader picks it: "français", "English".
	Tag, Name string
	// Rules returns the language's grammar, in priority order (the earlier
	// wins a tie between phrases of one length). It builds them anew each
	// call: a rule set is compiled once per tagger.
	Rules func() []rules.Rule
	// Joins are the words that join adjacent phrases.
	Joins Joins

	// What the chronology reads in the language: the words that say a
	// clause reports, goes on with a story, looks ahead, or holds a date
	// that is not its event's. The core reads these and names no word of
	// any language itself. Every word is lower case; a cue of several
	// words is one string with single spaces ("compared with", "par
	// rapport à").

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
	// Amounts end an amount ("million", "cents", "share", "percent"; a
	// number ends one too), and Compares set one figure against another
	// ("from", "than", "with" of "compared with"): "a year ago" right
	// after either, in copy that told a quarter or a half, is that
	// period a year before ("net income in the quarter rose to $5
	// million from $4 million a year ago"); "a year" right after an
	// amount is a rate ("$50,000 a year": SET).
	Amounts, Compares map[string]bool
	// PeriodEnds stand between a reporting period and the day that ends
	// it ("the quarter ended Sept. 30", "the quarter ending Dec. 31"):
	// the quarter is that day's.
	PeriodEnds []string
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
	// HabitualPairs are two words that tell a habit or a lasting trait
	// ("used to", "known for", "connu pour"): the same, and the first
	// gives no tense ("used to work" is no past that narrates).
	HabitualPairs []string
	// Intends are the verbs whose infinitive tells a choice or a plan,
	// not a step of the story ("has chosen to step down", "decided to",
	// "a décidé de"), and Infinitives the words that open that
	// infinitive ("to", "de", "d"): from there on, the clause tells an
	// event of its own the text does not place, unless a phrase in it
	// dates it ("plans to open the bridge on June 3").
	Intends     map[string]bool
	Infinitives map[string]bool
	// Afterwards are the words that put what follows them after the
	// event before on a time the text does not give ("later", "soon
	// after", "plus tard", "par la suite"): a clause a coordinator opens
	// with one ("…returned to Apple in 1996 and soon after reassumed the
	// role") is an event of its own, undated. Lower case.
	Afterwards []string
	// Determiners stand before a phrase that names a noun ("the 2008
	// crisis", "its 2010 conference"), Genitives end the text just before
	// one ("Apple's 2010 conference", read only with Determiners), and
	// Possessives come after one ("this year's"): the date is the noun's,
	// not the clause's event's.
	Determiners map[string]bool
	Genitives   []string
	Possessives []string
	// Relatives open a relative clause ("who", "which", "qui", "dont"),
	// and Participle tells a participle that opens a participial one
	// ("born", "arrested", "fondé"): set off by commas, either is an
	// event of its own.
	Relatives  map[string]bool
	Participle func(lw string) bool
	// StorySides are the words that tell on which side of the story's day a
	// count of days or more with no number lies ("il y a quelques
	// jours", "a few days ago": before it), in the order they are tried.
	StorySides []StorySide
	// AsideOpeners open an aside that tells another event, set off by
	// commas like a participial one (", avant de quitter ses fonctions
	// le 30 octobre,", ", after meeting ministers on Monday,"): its
	// phrase dates it, not the sentence around it.
	AsideOpeners []string
	// Subordinators open a clause of cause or concession ("even
	// though", "because", "bien que", "parce que"), set off by a comma or
	// not: a phrase in it dates it alone, an event of its own, not the
	// clause it depends on ("…who made the decision even though the
	// company had known of the problem a year ago"). Lower case, with an
	// elided form where the language has one ("parce qu'").
	Subordinators []string
	// NotSubordinate start as a subordinator does but open no clause
	// ("because of heavy rain on Monday"): a phrase after them dates
	// the clause around.
	NotSubordinate []string
	// Abbreviations end with a point that does not end a sentence
	// ("m" for "M. Dupont", "mr").
	Abbreviations map[string]bool
	// Connectives open a new clause: the core cuts a sentence before them
	// (see timeline.Clauses). Lower case, with the spaces that make them
	// words (" puis ", " avant d'"); in tiers, strong ones (a new verb of
	// their own) before weak ones, which also join nouns.
	Connectives [][]string
	// Split, when set, is what the core cuts this language's articles
	// into sentences and clauses with, in place of the language's own
	// Abbreviations and Connectives: the registry (timeline/languages)
	// sets it to every registered language's, since press copy quotes
	// and names in other languages ("M. Biden", "Mr. Macron").
	Split *Split
	// TenseCues are the words and endings the core reads the tense of the
	// clause around a time phrase by (timeline.TenseOf).
	TenseCues TenseCues
	// Tenses, when set, is what the core reads the tenses of this
	// language's articles with: the registry (timeline/languages) sets it
	// to the union of every registered language's TenseCues, of which the
	// core reads this language's own (and every language's Schedule
	// words), or all of them for an article whose tag none has.
	Tenses *Tenses
	// Cues, when set, indexes the language's cue words above (IndexOf):
	// the registry (timeline/languages) sets it; the core indexes a
	// language that has none each time it reads an article.
	Cues *CueIndex
	// ToCome tells, from the words around a phrase (lower case, up to 12
	// on each side within its sentence, its own left out) in a clause
	// with no tense cue, that the clause tells of something still to come
	// without a future verb ("le sommet s'ouvre lundi", "the offer opens
	// Thursday"): a bare weekday there is the next one. The first left
	// of words stand before the phrase, the rest after it. nil: never.
	ToCome func(words []string, left int) bool
	// Scheduled tells, from the same words, that the clause tells of an
	// event on a schedule in the present ("le festival a lieu en juin",
	// "the fair is held in March"): a month, season or date with no year
	// there is the next one. Narrower than ToCome: a month told in the
	// present is as often a past month's figure ("les prix augmentent de
	// 3 % en juin", "sales rise 3% in June"). nil: never.
	Scheduled func(words []string, left int) bool
	// Contrast tells that the article's day opening a sentence, set off by
	// a comma ("Aujourd'hui, la ville a changé d'ambiance"), sets the
	// present against a past, these times (PRESENT_REF), rather than
	// dating the news of the day ("Aujourd'hui, les secours poursuivent
	// leurs recherches"): before holds the words before it (lower case, up
	// to 30, within its paragraph), clause those of its clause. nil:
	// always these times.
	Contrast func(before, clause []string) bool
	// StopWords say nothing of what happened: merging compares clauses
	// without them.
	StopWords map[string]bool
	// Calendar is how the language says a date to a reader (render's
	// page and the "said" of frise's data).
	Calendar Calendar
	// Page is the words of the pages frise draws in the language (render's
	// chronology, frise serve's form); nil for a language no page speaks.
	Page *Page
	// Signal gives the length in bytes of the words that open phrase as
	// the grammar reads it ("à 20 h", "depuis 1999", "dans la soirée", "du
	// 30 mai") but that TimeML tags apart, as a SIGNAL outside the TIMEX3
	// ("20 h", "1999", "la soirée", "30 mai"), and the blanks after them: 0
	// for none. Only the tagging contract's spans read it; the rest of
	// frise keeps the phrase whole. nil: none.
	Signal func(phrase string) int
	// Zoned: a clock whose zone the text names is written with its
	// offset in the TIMEX3 value ("16h CET": T16:00+1), as the French
	// TimeBank writes it. Without it, the clock alone ("4 p.m. EST":
	// T16:00), as the English TimeBank writes it; the interval keeps the
	// zone either way. Only the tagging contract's values read it.
	Zoned bool

	// Common are very common words of the language (articles,
	// prepositions, auxiliaries), lower case, of 8 bytes at most:
	// detection counts them.
	Common []string
}

// Joins are the words, lower case, by which the tagger reads two phrases
// side by side as one, or a phrase as one end of a range. What the joins
// mean (a range, a day moved by a count, a time on a day) is the
// tagger's, the same in every language; which words signal them is the
// language's. An elided word keeps its apostrophe, in both spellings
// ("d'", "d’").
type Joins struct {
	// RangeStarts open a range ("de 2015 à 2018", "from May to June"),
	// RangeLinks stand between its ends ("à", "au", "jusqu'à"; "to",
	// "until"). A dash links two dates with no word before them.
	RangeStarts, RangeLinks []string
	// BetweenStarts open a range whose ends BetweenLinks join: "entre le 3
	// et le 7", "between May and June".
	BetweenStarts, BetweenLinks []string
	// Opens are the words before a phrase, or its first word, that leave
	// it one end of a range the text leaves open ("depuis vendredi",
	// "jusqu'à jeudi", "à partir de lundi", "after May 5"): the first that
	// matches says which.
	Opens []Open
	// After and Before, between a count and a day, move the day ("trois
	// jours après le 5 mai", "two weeks before Easter"), or end a count
	// that is the length between two events ("a day after the
	// forecast"). From is another word that moves the day ("three days
	// from Tuesday"), only between them.
	After, Before, From []string
	// NoEvent are words (one, or two with a space) that, right after such
	// a count, open no event but a clause or a place ("said the day before
	// that it would", "the day before in Paris"): the count is then a day
	// counted from the story, not a length between two events.
	NoEvent []string
	// HoursSince opens a count of hours that a part of the day after it
	// makes a time: "depuis 8 heures ce matin" is since 8 a.m.
	HoursSince []string
	// At opens a time that goes with the day just before it ("mardi à 10
	// h", "Tuesday at 10"), unless the phrase opens with one of NotAt
	// ("à partir de 8 h": the start of something).
	At, NotAt []string
	// On stands between a time and its day ("from 3 to 5 on May 2").
	On []string
	// Of stands between a part of the day, or a count of weeks, and the
	// day or the period it is of ("dans la soirée de samedi", "the first
	// Monday of March").
	Of []string
	// PartOfDay opens a part of the day that is the day's just before it:
	// "le 8 au soir", "jeudi en fin de journée", "Tuesday in the evening".
	PartOfDay []string
	// ClockApart: a date and its clock written together ("le jeudi 9 mars
	// à 20 h") are two TIMEX3s, as the French TimeBank writes them ("lundi
	// 6 septembre à partir de 8 h 30", "samedi 4 janvier, à 18 h 30"); the
	// event still takes the instant. A day said as a word ("hier à 10 h")
	// stays one phrase, as the annotators write it too.
	ClockApart bool
	// Count reads a number written alone ("6", "deux"): the first count of
	// a range of lengths whose unit is written once, after the last ("de 6
	// à 18 mois", "entre trois et cinq ans"). nil: never.
	Count func(word string) (int, bool)
}

// Open is a signal of an open range: Words, one or more words as they
// stand before the phrase (or, for one word, as its first word), and Side.
type Open struct {
	Words string
	Side  Side
}

// Side says which way a range is open from the phrase it names.
type Side int

const (
	// Since: from the phrase to the article's time ("depuis vendredi").
	Since Side = 1
	// Until: from the article's time to the phrase ("jusqu'à jeudi").
	Until Side = -1
	// From: from the phrase on, to an end the text does not give ("à
	// partir de lundi").
	From Side = 2
	// After: sometime after the phrase ("après le 20 janvier").
	After Side = 3
	// Before: sometime before the phrase ("avant 2018").
	Before Side = -3
)

// Words makes a set of the words of s, split on blanks.
func Words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// StorySide is a word that tells where a count with no number lies from the
// story's day ("il y a", "ago", "depuis", "dans"): Open as in
// timeline.Value (-3 before it, -2 up to it, 3 after it).
type StorySide struct {
	Word string
	// After: the word follows the phrase ("ago", "from now"); else it
	// stands before it, as a word of its own, or glued to the word
	// before when Glued ("qu'il y a"), or opens the phrase itself when
	// InPhrase ("depuis quelques jours" read as one phrase).
	After, Glued, InPhrase bool
	Open                   int
}

// Split is what cuts text into sentences and clauses: the abbreviations
// whose point ends no sentence, and the connectives, in tiers, before
// which a clause starts (see Language).
type Split struct {
	Abbreviations map[string]bool
	Connectives   [][]string
}

// SplitOf is the union of the Abbreviations and Connectives of ls, tier by
// tier, in their order.
func SplitOf(ls ...Language) Split {
	s := Split{Abbreviations: map[string]bool{}}
	for _, l := range ls {
		for w, ok := range l.Abbreviations {
			if ok {
				s.Abbreviations[w] = true
			}
		}
		for i, tier := range l.Connectives {
			if i == len(s.Connectives) {
				s.Connectives = append(s.Connectives, nil)
			}
			s.Connectives[i] = append(s.Connectives[i], tier...)
		}
	}
	return s
}
