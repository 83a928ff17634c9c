// Package lang says what one language gives frise: its rules and the
// words that join two time phrases side by side into one (read by the
// tagger), the cues of its chronology (read by the core, see
// timeline.Language), and the very common words that tell it from the
// others (read by detection). A language is one
// package (timeline/fr, timeline/en) that returns a Language; the list of
// them is timeline/languages.
package lang

import (
	"github.com/olebedev/when/rules"

	"frise/timeline"
)

// Language is what frise knows of one language.
type Language struct {
	// Tag is the language's code: "fr", "en".
	Tag string
	// Rules returns the language's grammar, in priority order (the earlier
	// wins a tie between phrases of one length). It builds them anew each
	// call: a rule set is compiled once per tagger.
	Rules func() []rules.Rule
	// Joins are the words that join adjacent phrases.
	Joins Joins
	// Cues are what the chronology reads in the language: which verbs
	// report, which words give a clause its tense, abbreviations, stop
	// words (see timeline.Language).
	Cues *timeline.Language
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
