package en

import "frise/timeline/lang"

// page is the words of frise's pages in English: the chronology's
// (render) and the form of frise serve. No Reasons or Notes: the
// chronology's own (timeline.Value.Reason, the JSON's note) are English.
var page = lang.Page{
	Chronology: "Chronology", ChronologyOf: "%s: chronology",
	Article: [2]string{"article", "articles"}, Source: [2]string{"source", "sources"},
	Event:    [2]string{"event", "events"},
	ToTheDay: "articles dated to the day",
	Cluster:  [4]string{"%d events here", "click or zoom in to see them", "and %d more", "close"},
	KeyHead:  "Key:",
	Key: [8]string{"exact date", "inferred or ambiguous date", "no date of its own (dated by the sentence before)",
		"larger: told by several sources", "extent, exact", "extent, inferred",
		"faded band: every possible day (ambiguous)", "goes on after, or began before"},
	List: lang.List{Heading: "Chronology", Search: "Search", AllSources: "all sources", SourceLabel: "source", CertaintyLabel: "certainty",
		AllCertainties: "any certainty", Undated: "Undated", Events: "events", Shown: "shown",
		Certainty: [3]string{"exact", "inferred", "ambiguous"}, Dated: "dated", DatedCoarse: "dated", Carried: "carried",
		Inherited: "no date of its own: dated by the last time mentioned before it",
		DatedBy: map[string]string{"own": "dated by its own phrase",
			"article": "the report itself: dated by the article's day",
			"carried": "goes on with the episode told before: its date carried",
			"undated": "the text does not place it"},
		CarriedFrom: "date from"},
	Quotes:    [2]string{" “", "”"},
	NoEcharts: "The chart needs ECharts, which could not be loaded from %s (no network, or the address is blocked). Build the page without --cdn to have it work offline.",
	Form: lang.Form{
		Title:       "a timeline of articles",
		Lead:        "Paste one or more news articles and give their date: frise finds the time phrases, dates the events and draws their timeline.",
		Text:        "Articles",
		Placeholder: "Paste an article's text here, or drop a .txt or .jsonl file",
		Hint:        "Several articles: put a line \"---\" between them, or start each with its own line \"date 2022-01-05\".",
		Date:        "Article date",
		DayUnknown:  "day unknown (the month alone)",
		Lang:        "Language",
		Auto:        "detected",
		File:        "or a file",
		Draw:        "Draw the timeline",
		Chart:       "the timeline",
	},
}
