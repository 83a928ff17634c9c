package render

import "frise/timeline"

// What the page says that the data exports (render/export) say the same
// way.

// Note says plainly what the chronology cannot know (the exact days of an
// article dated by month), or how it came to know it (a day another
// source gives): the note of the JSON chronology.
func Note(c timeline.Chronology) string { return note(c, false) }

// DaysUnknown reports whether an article's date did not say which day its
// story is told from.
func DaysUnknown(c timeline.Chronology) bool { return daysUnknown(c) }

// Escape makes article text safe for HTML, as the page escapes it.
func Escape(s string) string { return esc(s) }

// Dated is the word before an article's date, in its language ("daté
// du", "dated").
func Dated(lang string) string { return dated(lang) }

// DatingWords says in the language lang how an event got its date (its
// dated_by), as the page's list says it: "dated by its own phrase".
func DatingWords(d timeline.Dating, lang string) string { return listWordsFor(lang).DatedBy[string(d)] }
