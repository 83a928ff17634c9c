package lang

import "frise/timeline/expr"

// Calendar is how a language says a date to a reader (the page's
// tooltips, list and axis, frise's "said" field): "mercredi 5 janvier
// 2022", "Wednesday 5 January 2022". The formats take their values in
// the order the comments say, as fmt.Sprintf does.
type Calendar struct {
	Days   [7]string // Sunday first, as time.Weekday counts
	Months [12]string
	Parts  map[expr.Part]string
	// UnknownDay follows a day told only by its place from the story's
	// ("J-3"); Between says two days, At a day and its time.
	UnknownDay, Between, At string
	// Span says a stretch of years, months or hours: its first and its
	// last; SpanDays one from a day to another.
	Span, SpanDays string
	// Since and Until say an open range: its named end, then the
	// article's time; From, To, After and Before, the one end the text
	// gives.
	Since, Until, From, To, After, Before string
	// Abbr are the months as an axis writes them.
	Abbr [12]string
}
