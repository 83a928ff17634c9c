package tag

import (
	"strings"

	"frise/timeline"
)

// rangeStarts are the words that open a range ("de 2015 à …"), rangeLinks
// those between its ends.
var (
	rangeStarts = map[string]bool{"de": true, "du": true, "d'": true, "d’": true, "entre": true, "from": true, "between": true}
	rangeLinks  = map[string]bool{"à": true, "a": true, "au": true, "jusqu'à": true, "jusqu’à": true, "jusqu'au": true,
		"jusqu’au": true, "to": true, "till": true, "until": true, "through": true, "-": true, "–": true}
)

// untilNow reads a range whose end is the article's present: "de 2015 à
// aujourd'hui", "du 3 janvier à ce jour", "from 2015 to today", "between
// January and now". The range runs to the end of the article's day. start
// is where the phrase begins: at the word that opens it ("de", "from")
// when that word stands before a.
func untilNow(text string, a, b *timeline.Mention, gap string) (e timeline.Expr, start int, ok bool) {
	x := &a.Expr
	if !isPresent(b.Expr) || x.Type != timeline.Date || x.Range != nil || x.Timex != "" || x.Anchor == timeline.AnchorPrev ||
		strings.Contains(gap, "\n") {
		return e, 0, false
	}
	first, start := strings.ToLower(firstWord(a.Text)), a.Span.Start
	if !rangeStarts[first] {
		w, at := wordBefore(text, a.Span.Start)
		if !rangeStarts[w] {
			return e, 0, false
		}
		first, start = w, at
	}
	link := strings.ToLower(strings.TrimSpace(gap))
	if between := first == "entre" || first == "between"; between != (link == "et" || link == "and") ||
		!between && !rangeLinks[link] {
		return e, 0, false
	}
	today := timeline.NewExpr(timeline.Date)
	today.Anchor, today.Shift = timeline.AnchorDoc, timeline.Shift{Unit: timeline.Day}
	e = timeline.NewExpr(timeline.Date)
	e.Range = &[2]timeline.Expr{*x, today}
	return e, start, true
}

// isPresent: a phrase naming the article's present, "aujourd'hui",
// "maintenant", "today", "now".
func isPresent(e timeline.Expr) bool {
	if e.Anchor != timeline.AnchorDoc || e.Range != nil {
		return false
	}
	if e.Timex == "PRESENT_REF" {
		return true
	}
	return e.Timex == "" && e.Shift == timeline.Shift{Unit: timeline.Day} && e.Hour < 0 && e.Part == timeline.NoPart &&
		e.Weekday < 0 && e.Day == 0 && e.Month == 0 && e.Year == 0
}
