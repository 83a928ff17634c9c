package timeline

import (
	"time"

	"frise/timeline/expr"
)

// What MergeWith compares, said one report at a time, so that a merge can
// run keyed (frise-beam shuffles reports by these keys): which keys a
// report is filed under and which it looks up, how many of a key's reports
// it meets, when two reports it meets are one event, and what one event
// of several reports is. sameEvents is built of the same pieces.

// MergeKey files a report for merging: one of its content words, and a
// calendar day it covers (AnyDay for a report longer than three days, or
// not placed).
type MergeKey struct {
	Word string
	// Day numbers a calendar day in the report's own zone.
	Day int
}

// AnyDay is the Day of a key that holds no day.
const AnyDay = anyDay

// MergeCandidates is how many reports of one key a report is compared
// with: the latest of the key's reports, in the order of Merge's events,
// that come before it.
const MergeCandidates = mergeCandidates

const mergeCandidates = 64

// MergeKeys returns what MergeWith reads of e to merge it: its content
// words, the keys it is filed under, and the keys it looks up (none when
// it has fewer than two words: it is then only met), the words without
// opt's stop words. An event with no time phrase of its own (Inherited) is
// never compared: all are nil.
func MergeKeys(e Event, opt MergeOptions) (words []string, filed, looks []MergeKey) {
	if e.Sources[0].Inherited {
		return nil, nil, nil
	}
	words = contentWords(e.Sources[0].Clause, e.Sources[0].Phrase, opt.StopWords)
	for _, k := range indexKeys(e.Value, words, nil) {
		filed = append(filed, MergeKey{k.w, k.day})
	}
	if len(words) < 2 {
		return words, filed, nil
	}
	for _, k := range lookKeys(e.Value, words, nil) {
		looks = append(looks, MergeKey{k.w, k.day})
	}
	return words, filed, looks
}

// Alike reports whether two reports are one event: a and b are their
// values, wa and wb how many content words each has, and shared how many
// of them the later one met the earlier through (one per word, over the
// keys it looks up).
func Alike(shared, wa, wb int, a, b Value, opt MergeOptions) bool {
	same, _ := alike(shared, wa, wb, a, b, opt)
	return same
}

// JoinEvents makes one event of the reports of one event, given in the
// order of Merge's events: every source, and the best-founded, most
// precise value they support, or the span of all when exact dates
// disagree (as MergeWith does).
func JoinEvents(evs []Event) Event {
	g := make([]int, len(evs))
	for i := range g {
		g[i] = i
	}
	return joinEvents(evs, g)
}

// FixesDay reports whether e can fix the day of another report of its
// event (see Pin): exact, to the day or finer, and not counted from an
// article's day.
func FixesDay(e Event) bool {
	v := e.Value
	return v.Certainty == Exact && v.RelDay == nil && v.Grain <= expr.GrainDay
}

// Pinnable reports whether e's own phrase is counted from its article's
// day (RelDay), so that another source can fix that day (see Pin).
func Pinnable(e Event) bool { return e.Value.RelDay != nil && e.DatedBy == DatedOwn }

// PinDay is the day an article is read from when its report e is the same
// event as fixed (see FixesDay): fixed's day, less e's days from its
// article's day.
func PinDay(fixed Value, e Event) time.Time {
	return addDate(startOfDay(fixed.From), 0, 0, -*e.Value.RelDay)
}

// PinArticle reads the article of r again from day, which the report by
// fixed (see PinDay), as Pin does; ok is false, and r returned as it was,
// when the article's own date does not allow that day.
func PinArticle(r Result, day time.Time, by Provenance, opt MergeOptions) (_ Result, ok bool) {
	if d := r.Article.Date; d.Placed() && (day.Before(startOfDay(d.From)) || !day.Before(d.To)) {
		return r, false
	}
	return pinned(r, pin{day: day, by: by}, opt), true
}

// indexKeys appends the keys a report with value v and content words
// words is filed under.
func indexKeys(v Value, words []string, ks []wordDay) []wordDay {
	days := dayDiff(startOfDay(v.From), v.To)
	for _, w := range words {
		if !v.Placed() || days > 3 {
			ks = append(ks, wordDay{w, anyDay})
			continue
		}
		for d := startOfDay(v.From); d.Before(v.To); d = addDate(d, 0, 0, 1) {
			ks = append(ks, wordDay{w, dayOf(d)})
		}
	}
	return ks
}

// fileDays appends the days a report with value v is filed under (one
// key a day for each of its words: indexKeys' days).
func fileDays(v Value, days []int) []int {
	if !v.Placed() || dayDiff(startOfDay(v.From), v.To) > 3 {
		return append(days, anyDay)
	}
	for d := startOfDay(v.From); d.Before(v.To); d = addDate(d, 0, 0, 1) {
		days = append(days, dayOf(d))
	}
	return days
}

// lookDays appends the days a report with value v looks up, for each of
// its words (lookKeys' days).
func lookDays(v Value, days []int) []int {
	if v.Placed() && dayDiff(startOfDay(v.From), v.To) <= 3 {
		days = append(days, anyDay)
		end := addDate(v.To, 0, 0, 3)
		for d := addDate(startOfDay(v.From), 0, 0, -3); d.Before(end); d = addDate(d, 0, 0, 1) {
			days = append(days, dayOf(d))
		}
		return days
	}
	days = fileDays(v, days)
	if v.Placed() && dayDiff(startOfDay(v.From), v.To) <= 62 {
		for d := startOfDay(v.From); d.Before(v.To); d = addDate(d, 0, 0, 1) {
			days = append(days, dayOf(d))
		}
	}
	return days
}

// lookKeys appends the keys a report looks up.
func lookKeys(v Value, words []string, look []wordDay) []wordDay {
	if v.Placed() && dayDiff(startOfDay(v.From), v.To) <= 3 {
		for _, w := range words {
			look = append(look, wordDay{w, anyDay}) // meet the long events too
			// and the days around: reports whose dates disagree by a few days
			for d := addDate(startOfDay(v.From), 0, 0, -3); d.Before(addDate(v.To, 0, 0, 3)); d = addDate(d, 0, 0, 1) {
				look = append(look, wordDay{w, dayOf(d)})
			}
		}
		return look
	}
	look = indexKeys(v, words, look)
	// A long event meets the day-keyed ones through the words' day keys
	// being absent: its word-only key holds only long events; look up
	// each day key it overlaps, up to a month.
	if v.Placed() && dayDiff(startOfDay(v.From), v.To) <= 62 {
		for _, w := range words {
			for d := startOfDay(v.From); d.Before(v.To); d = addDate(d, 0, 0, 1) {
				look = append(look, wordDay{w, dayOf(d)})
			}
		}
	}
	return look
}

// alike is Alike, and whether the two values overlap.
func alike(shared, wa, wb int, a, b Value, opt MergeOptions) (same, agree bool) {
	if shared < 2 {
		return false, false
	}
	sim := float64(shared) / float64(min(wa, wb))
	agree = overlaps(a, b)
	return (agree && sim >= opt.Similarity) || sim >= opt.Conflict, agree
}
