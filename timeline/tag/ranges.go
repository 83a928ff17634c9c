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

// rangeOf reads two phrases a range joins: "du 10/01 au 15/01/2022",
// "entre le 3 et le 7 mars 2021", "from 1/5/2022 to 1/7/2022", "8/10/2012
// - 8/15/2012" (two days, two months or two years, the first taking the
// year of the second when it has none), and a range whose end is the
// article's present: "de 2015 à aujourd'hui", "du 3 janvier à ce jour",
// "from 2015 to today", "between January and now" (to the end of the
// article's day). start is where the phrase begins: at the word that opens
// it ("de", "from") when that word stands before a.
//
// What it means is written in e: it returns nothing as large (an Expr is
// 200 bytes; the tagger asks this of every two phrases side by side).
func rangeOf(text string, a, b *timeline.Mention, gap string, e *timeline.Expr) (start int, ok bool) {
	if len(gap) > len(" jusqu’au ") {
		return 0, false // most gaps: a clause or more
	}
	x, y := a.Expr, b.Expr
	present := isPresent(y)
	if strings.Contains(gap, "\n") || x.Type != timeline.Date || x.Range != nil || x.Timex != "" || x.Anchor == timeline.AnchorPrev ||
		!present && !sameKind(x, y) {
		return 0, false
	}
	link := strings.ToLower(strings.TrimSpace(gap))
	if rest, ok := strings.CutPrefix(link, ","); ok && x.Year != 0 {
		link = strings.TrimSpace(rest) // "from Dec. 31, 2021, to Jan. 2": the comma closes the year
	}
	if link == "" {
		link = strings.ToLower(firstWord(b.Text)) // "du 10/01 au 15/01": "au" is the second date's
	}
	first, start := strings.ToLower(firstWord(a.Text)), a.Span.Start
	if !rangeStarts[first] {
		w, at := wordBefore(text, a.Span.Start)
		if rangeStarts[w] {
			first, start = w, at
		} else if !(link == "-" || link == "–") || present {
			return 0, false // no range word: "en 2015 et aujourd'hui", but "8/10/2012 - 8/15/2012"
		}
	}
	if between := first == "entre" || first == "between"; between != (link == "et" || link == "and") ||
		!between && !rangeLinks[link] {
		return 0, false
	}
	if present {
		y = timeline.NewExpr(timeline.Date)
		y.Anchor, y.Shift = timeline.AnchorDoc, timeline.Shift{Unit: timeline.Day}
	} else if x.Year == 0 && y.Year != 0 && x.Anchor == timeline.AnchorNone && x.Month > 0 {
		// "du 28/12 au 3/01/2022": the year the range ends in, or the one
		// before when the first month comes later in the year.
		x.Year = y.Year
		if x.Month > y.Month && y.Month > 0 {
			x.Year--
		}
	}
	*e = timeline.NewExpr(timeline.Date)
	e.Range = &[2]timeline.Expr{x, y}
	return start, true
}

// sameKind: two phrases that can be the ends of one range, named to the
// same unit: two days, two months, two years.
func sameKind(x, y timeline.Expr) bool {
	if y.Type != timeline.Date || y.Range != nil || y.Timex != "" || y.Anchor == timeline.AnchorPrev {
		return false
	}
	if isDay(&x) && isDay(&y) {
		return true
	}
	return x.Grain == y.Grain && (x.Grain == timeline.GrainMonth || x.Grain == timeline.GrainYear) &&
		x.Day == 0 && y.Day == 0 && x.Mod == timeline.NoMod && y.Mod == timeline.NoMod
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
