package lang

// Page is the words of the pages frise draws, in the language: the
// chronology's page (render: title, subtitle, key, list, the reasons a
// date is not exact) and the form that asks for articles (frise serve).
// render and serve name no word of any language themselves; a page
// whose language is none of the registered ones speaks the first's
// (timeline/languages.ForPage).
type Page struct {
	// Chronology names a chart with no headline of its own
	// ("Chronologie"), ChronologyOf one whose articles tell mostly of one
	// name, written for %s ("%s : chronologie").
	Chronology, ChronologyOf string
	// Article, Source and Event are the words the subtitle counts, for
	// one and for many ("1 article", "3 événements").
	Article, Source, Event [2]string
	// ToTheDay ends the subtitle when every article is dated to the day
	// ("articles datés au jour près").
	ToTheDay string
	// Cluster is what a cluster of events on the chart says: how many it
	// holds (%d), what a click does, how many more there are (%d), and
	// the head of a cluster opened as a stack, which closes it.
	Cluster [4]string
	// KeyHead heads the chart's key, its punctuation included ("Légende
	// :"); Key says its marks, in the order the key draws them: a dot, a
	// ring, a small ring, a large dot, a solid bar, a dashed bar, a faded
	// band, an arrowhead.
	KeyHead string
	Key     [8]string
	// List is the words of the chronology under the chart.
	List List
	// Quotes open and close a sentence the list quotes ("« ", " »").
	Quotes [2]string
	// Reasons say why a date is not exact; Notes what the chart cannot
	// know. A language that leaves them empty shows the chronology's own
	// (timeline.Value.Reason, the JSON's note), which are in English.
	Reasons Reasons
	Notes   Notes
	// NoEcharts takes the place of a chart whose script could not load
	// (a page made to load ECharts from the network): %s is its address,
	// HTML-escaped.
	NoEcharts string
	// Form is the words of frise serve's page.
	Form Form
}

// List is the words of the chronology under the chart.
type List struct {
	Heading, Search, AllSources, AllCertainties, Undated, Events, Shown string
	// SourceLabel and CertaintyLabel name the filters for screen readers.
	SourceLabel, CertaintyLabel string
	// Certainty says timeline.Certainty: exact, inferred, ambiguous.
	Certainty [3]string
	// Dated introduces an article's date ("daté du"), DatedCoarse one
	// told by its month or year only ("daté de janvier 2022").
	Dated, DatedCoarse string
	// Carried is the certainty of an event with no date of its own, and
	// Inherited says why.
	Inherited, Carried string
	// DatedBy says how an event got its date, by timeline.Dating ("own",
	// "article", "carried", "undated").
	DatedBy map[string]string
	// CarriedFrom introduces the sentence a carried date came from.
	CarriedFrom string
}

// Reasons say why a date is not exact, by timeline.WhyKind, the dates
// said with the language's Calendar. Dated ("article daté du %s") and
// DatedCoarse (before a month or a year) say the article's date; DayNamed,
// DayUnknown and NoTime follow that (%s); Pinned takes it, the day, the
// source that gives the day and that source's date.
type Reasons struct {
	Dated, DatedCoarse, Pinned, DayNamed, DayUnknown, NoTime, PastNoCue, ToCome, Far string
}

// Notes say what the chart cannot know, or how it came to know it:
// Pinned, an article dated by its month (%s) read from a day (%s) another
// source gives, such notes joined by Sep; Partial, the articles whose
// days are unknown (%s, their dates joined by ", "), and Relative the
// same on a chart of days counted from the story's (J0).
type Notes struct {
	Pinned, Sep, Partial, Relative string
}

// Form is the words of the page of frise serve: its title, what it asks
// for and how, its fields and its button.
type Form struct {
	Title, Lead, Text, Placeholder, Hint, Date, DayUnknown, Lang, Auto, File, Draw, Chart string
}
