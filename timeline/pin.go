package timeline

import (
	"slices"
	"time"
)

// Pin is the first step of MergeWith: it finds the articles whose story
// day another source fixes, and reads each of them again from that day,
// as one move. An article dated 2026-03 says "lundi soir" (J-1), another
// dated 2026-03-03 reports the same event "lundi 2 mars au soir": the
// first article's day is 2026-03-03, and all its phrases ("dans la nuit
// de lundi à mardi", "le lendemain") are resolved again from it together,
// marked inferred with the reason, and each of its events names the
// source that pinned it (PinnedBy). A day outside what the article's own
// date allows (not in its month) pins nothing. The results of articles
// no source pins are returned as they were.
func Pin(results []Result, opt MergeOptions) []Result {
	opt.TakeEvents = false // the results are what Pin returns
	results, _ = pinMerged(results, opt)
	return results
}

// merged is a chronology merged from results, before its events are
// joined, and the groups of its events that report one event.
type merged struct {
	c      Chronology
	groups [][]int
}

// pinMerged is Pin; when it pins no article, it also returns what it
// merged and grouped to find the pins, which MergeWith would build again
// from the same results (a third of merging 10,000 articles).
func pinMerged(results []Result, opt MergeOptions) ([]Result, *merged) {
	var c Chronology
	var from []eventFrom
	if opt.TakeEvents {
		c, from = mergeTaking(results)
	} else {
		c = Merge(results)
	}
	groups := sameEvents(c.Events, opt)
	pins := map[string]pin{}
	for _, g := range groups {
		var exact *Event
		for _, i := range g {
			if FixesDay(c.Events[i]) {
				exact = &c.Events[i]
				break
			}
		}
		if exact == nil {
			continue
		}
		for _, i := range g {
			e := c.Events[i]
			if !Pinnable(e) {
				continue
			}
			day := PinDay(exact.Value, e)
			id := articleKey(e.Sources[0].File, e.Sources[0].Article)
			if _, ok := pins[id]; !ok {
				pins[id] = pin{day: day, by: exact.Sources[0]}
			}
		}
	}
	if len(pins) == 0 {
		return results, &merged{c: c, groups: groups}
	}
	if from != nil { // the pinned articles are read again, the others merged again
		giveBack(results, c, from)
	}
	results = slices.Clone(results)
	for k, r := range results {
		p, ok := pins[articleKey(r.Article.File, r.Article.ID)]
		if !ok {
			continue
		}
		// PinArticle leaves an article whose own date does not allow
		// that day as it was.
		results[k], _ = PinArticle(r, p.day, p.by, opt)
	}
	return results, nil
}

// pin is the day another source fixes for an article, and that source.
type pin struct {
	day time.Time
	by  Provenance
}

// pinned reads the article of r again from the day p fixes.
func pinned(r Result, p pin, opt MergeOptions) Result {
	ro := opt.Resolve
	ro.Anchor = p.day
	ms := slices.Clone(r.Mentions)
	ref := Resolve(r.Article, ms, ro)
	why := Why{Kind: WhyPinned, ArticleDate: r.Article.Date.Timex, Day: dayTimex(p.day), Source: sourceName(p.by), SourceDate: p.by.Date.Timex}
	for i := range ms {
		if ms[i].Value.Certainty == Exact && ms[i].Value.Placed() {
			ms[i].Value.Certainty, ms[i].Value.Reason, ms[i].Value.Why = Inferred, why.String(), why
		}
	}
	ref.Certainty, ref.Reason, ref.Why = Inferred, why.String(), why
	evs := ExtractIn(r.Article, ms, ref, opt.Languages.of(r.Article.Lang))
	by := sourceName(p.by)
	for i := range evs {
		evs[i].Sources[0].PinnedBy = by
	}
	return Result{Article: r.Article, Mentions: ms, Reference: ref, Events: evs}
}

// Pinnable reports whether Pin may read the article of r again, from its
// mentions: only an article with an event dated by its place from the
// article's day (RelDay, an article dated by its month) can be pinned. A
// caller that keeps many results may drop the mentions of the others.
func (r Result) Pinnable() bool {
	for _, e := range r.Events {
		if e.Value.RelDay != nil {
			return true
		}
	}
	return false
}
