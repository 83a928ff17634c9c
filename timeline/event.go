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
	// DatedBy says why Value is the event's date: the reason of the source
	// the date was taken from. Undated events have no Value.
	DatedBy Dating
}

// Dating is the reason an event has its date.
type Dating string

const (
	// DatedOwn: a time phrase in the event's clause dates it.
	DatedOwn Dating = "own"
	// DatedArticle: the clause is the report itself (a reporting verb, the
	// news of the day): it is dated by its article's reference day.
	DatedArticle Dating = "article"
	// DatedCarried: the sentence goes on with the episode told in the one
	// before (a continuer, or a run of past sentences), whose date it
	// carries.
	DatedCarried Dating = "carried"
	// Undated: the text does not place it (background, a state, a habit,
	// a prediction with no time): it is not put on the calendar.
	Undated Dating = "undated"
)

// rank orders datings from the best-founded: own, carried, article,
// undated.
func (d Dating) rank() int {
	switch d {
	case DatedOwn:
		return 0
	case DatedCarried:
		return 1
	case DatedArticle:
		return 2
	}
	return 3
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
	// Inherited marks a clause with no time phrase of its own (DatedBy is
	// not DatedOwn).
	Inherited bool
	// DatedBy says why this report has its date; CarriedFrom is the span
	// of the sentence a carried date came from (in the text as given, as
	// Given), Carried its text.
	DatedBy     Dating
	CarriedFrom Span
	Carried     string
	// Given holds the spans as offsets into the article's text as it was
	// given (its bytes before NFC normalisation, a JSONL title not
	// counted), when Extract set them; see Spans.
	Given *GivenSpans
	// PinnedBy names the source whose day pinned this report's date, when
	// another article fixed its article's day (see Pin).
	PinnedBy string
}

// Chronology is the events of many articles in one total order: earliest
// start, then latest end, then article, then offset.
type Chronology struct {
	Events []Event
	// Undated lists the events the text does not place, apart: they are
	// on no calendar. In article order, then text order.
	Undated []Event
	// Articles lists the articles read, in input order.
	Articles []ArticleInfo
}

// ArticleInfo describes one article of a chronology.
type ArticleInfo struct {
	ID, File, Source, Lang string
	// URL and Title are the article's address and headline, when the
	// input gives them (JSONL's "url" and "title"), for the page's links.
	URL, Title string
	Date       Value
	// Reference is the article's reference day, when it was pinned ("le 5
	// janvier" in a month-dated article, or --anchor), else zero.
	Reference Value
	Mentions  int
	Events    int
}

// GivenSpans are a report's spans in the article's text as it was given.
// InTitle marks a report read in a JSONL title, which frise reads as the
// article's first line: its spans are then offsets into the title.
type GivenSpans struct {
	Sentence, Clause, Phrase Span
	InTitle                  bool
}

// Spans returns the report's spans as offsets into the article's text as
// it was given (see GivenSpans), or, for a report built by hand, its spans
// in Text.
func (p Provenance) Spans() GivenSpans {
	if p.Given != nil {
		return *p.Given
	}
	return GivenSpans{Sentence: p.SentenceSpan, Clause: p.ClauseSpan, Phrase: p.PhraseSpan}
}
