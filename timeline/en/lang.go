package en

import "frise/timeline/lang"

// Language is English as the tagger reads it: the rules of All, the
// words that join two phrases side by side, and the common words
// detection counts.
func Language() lang.Language {
	l := cues
	l.Tag, l.Rules, l.Joins, l.Common, l.ToCome, l.TenseCues = "en", All, Joins(), commonWords(), toCome, tenseCues
	l.Scheduled, l.Signal = scheduled, signal
	l.Calendar, l.Name, l.Page = calendar, "English", &page
	l.Amounts, l.Compares = amounts, compares
	l.PeriodEnds = []string{"ended", "ending", "that ended", "which ended", "that ends", "which ends", "to end", "ends"}
	return l
}

// amounts end an amount, compares set one against another, in business
// copy: "rose to $5 million from $4.1 million a year ago", "36 cents a
// share last year", "up 4% from a year earlier", "compared with a year
// ago", "$50,000 a year".
var (
	amounts = lang.Words(`million billion trillion cents cent share percent points point dollars yen marks francs pounds
		euros barrel barrels ton tons`)
	compares = lang.Words(`from than with over versus vs. against`)
)

// Joins are the English words that join phrases: "from May 2 to May 5",
// "between March and April", "since Friday", "until Thursday", "starting
// Monday", "three days after January 12", "Tuesday at 10 a.m.", "from 3
// to 5 on May 2", "on the morning of March 3", "Tuesday in the evening".
func Joins() lang.Joins {
	return lang.Joins{
		RangeStarts:   []string{"from"},
		RangeLinks:    []string{"to", "till", "until", "through"},
		BetweenStarts: []string{"between"},
		BetweenLinks:  []string{"and"},
		Opens: []lang.Open{
			{Words: "since", Side: lang.Since},
			{Words: "until", Side: lang.Until}, {Words: "till", Side: lang.Until},
			{Words: "starting", Side: lang.From}, {Words: "from", Side: lang.From},
			{Words: "after", Side: lang.After},
			{Words: "before", Side: lang.Before},
		},
		After:  []string{"after"},
		Before: []string{"before"},
		From:   []string{"from"},
		NoEvent: []string{"that it", "that he", "that she", "that they", "that we", "that the", "that its", "that a", "that an",
			"and", "but", "in", "at", "on", "with", "by", "to", "it", "he", "she", "they", "we", "i", "was", "were", "had", "has",
			"is", "are", "said", "says"},
		At:        []string{"at"},
		On:        []string{"on"},
		Of:        []string{"of"},
		PartOfDay: []string{"in"},
	}
}

// commonWords are very frequent English words that French does not write,
// and the time words English press copy writes most: a short story or a
// pasted phrase ("Tuesday night", "two days ago") has few function words.
// The detector reads words of eight bytes at most.
func commonWords() []string {
	return []string{"the", "of", "and", "to", "in", "is", "was", "for", "that", "on", "with", "by", "said", "were",
		"has", "have", "at", "are", "this", "from", "it", "its", "be", "been", "had", "will", "would", "an", "after",
		"than", "more", "which", "who", "their", "they", "he", "she", "not", "but", "says", "about", "i", "i'll",
		"you", "we", "can", "now", "what", "how", "when", "there", "if",
		"today", "tonight", "tomorrow", "morning", "evening", "night", "week", "weeks", "month", "months", "year",
		"years", "days", "hours", "last", "next", "ago", "earlier", "later", "monday", "tuesday", "thursday",
		"friday", "saturday", "sunday", "january", "february", "april", "june", "july", "august", "october",
		"november", "december"}
}
