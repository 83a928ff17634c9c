package timeline

// Event is something that happened (or will), dated by a time phrase: the
// clause the phrase dates, with where it was read.
type Event struct {
	// Value is when it happened.
	Value Value
	// Clause is the part of the sentence the phrase dates, trimmed.
	Clause string
	// Sources keeps every report of the event: one per article that told it.
	Sources []Provenance
	// Conflict says how the sources disagree on the date, when they do; the
	// Value then spans what they say.
	Conflict string
}

// Provenance is where an event was read.
type Provenance struct {
	// Article is the article's ID, File the input it came from, Source its
	// agency ("Belga"), Lang its language, Date its dateline.
	Article, File, Source, Lang string
	Date                        Value
	// Sentence is the whole sentence, Clause the dated part of it, Phrase the
	// time phrase; the spans are byte offsets in the article's text.
	Sentence, Clause, Phrase string
	SentenceSpan, ClauseSpan Span
	PhraseSpan               Span
	// Rule names the grammar rule that read the phrase.
	Rule string
	// Inherited marks a sentence with no time phrase of its own, dated by the
	// last time mentioned before it.
	Inherited bool
}

// Chronology is the events of many articles in one total order: earliest
// start, then latest end, then article, then offset.
type Chronology struct {
	Events []Event
	// Articles lists the articles read, in input order.
	Articles []ArticleInfo
}

// ArticleInfo describes one article of a chronology.
type ArticleInfo struct {
	ID, File, Source, Lang string
	Date                   Value
	// Reference is the article's reference day, when it was pinned ("le 5
	// janvier" in a month-dated article, or --anchor), else zero.
	Reference Value
	Mentions  int
	Events    int
}
