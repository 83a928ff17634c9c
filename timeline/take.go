package timeline

import (
	"cmp"
	"slices"
)

// mergeTaking is Merge, moving each result's events into the chronology:
// results[i].Events is nil once it returns. Merge copies every event while
// the results keep theirs, and at 100,000 articles the results' events
// were 70 MB of build's peak; moved article by article, each result's
// array is garbage as soon as its events are copied. from says where each
// event came from (Chronology.Events, then Chronology.Undated), for
// giveBack.
func mergeTaking(results []Result) (Chronology, []eventFrom) {
	var c Chronology
	if len(results) > 0 {
		c.Articles = make([]ArticleInfo, 0, len(results))
	}
	dated, undated := 0, 0
	for _, r := range results {
		for k := range r.Events {
			if r.Events[k].DatedBy == Undated {
				undated++
			} else {
				dated++
			}
		}
	}
	evs, from := make([]Event, 0, dated), make([]eventFrom, 0, dated+undated)
	var undFrom []eventFrom
	if undated > 0 {
		c.Undated, undFrom = make([]Event, 0, undated), make([]eventFrom, 0, undated)
	}
	for i := range results {
		r := &results[i]
		c.Articles = append(c.Articles, infoOf(r))
		for k := range r.Events {
			e := &r.Events[k]
			f := eventFrom{article: int32(i), pos: int32(k)}
			if e.DatedBy == Undated {
				c.Undated, undFrom = append(c.Undated, *e), append(undFrom, f)
				continue
			}
			evs, from = append(evs, *e), append(from, f)
		}
		r.Events = nil
	}
	// Sorted as Merge sorts: by time, then by article and place in it;
	// from says the article and the event's place in its result, which
	// makes the order Merge's stable one.
	idx := make([]int32, len(evs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(x, y int32) int {
		a, b := &evs[x], &evs[y]
		return cmp.Or(a.Value.From.Compare(b.Value.From), b.Value.To.Compare(a.Value.To),
			cmp.Compare(from[x].article, from[y].article), cmp.Compare(a.Sources[0].ClauseSpan.Start, b.Sources[0].ClauseSpan.Start),
			cmp.Compare(from[x].pos, from[y].pos))
	})
	// evs[i], from[i] = evs[idx[i]], from[idx[i]], cycle by cycle.
	for i := range idx {
		if idx[i] < 0 || int(idx[i]) == i {
			continue
		}
		te, tf, j := evs[i], from[i], i
		for {
			k := int(idx[j])
			idx[j] = -1
			if k == i {
				evs[j], from[j] = te, tf
				break
			}
			evs[j], from[j], j = evs[k], from[k], k
		}
	}
	if len(evs) > 0 {
		c.Events = evs
	}
	return c, append(from, undFrom...)
}

// eventFrom is where an event of mergeTaking came from: its result, and
// its place in the result's events.
type eventFrom struct{ article, pos int32 }

// giveBack puts the events mergeTaking took back in their results, in
// their places.
func giveBack(results []Result, c Chronology, from []eventFrom) {
	n := make([]int32, len(results))
	for _, f := range from {
		n[f.article]++
	}
	for i := range results {
		if n[i] > 0 {
			results[i].Events = make([]Event, n[i])
		}
	}
	for j, f := range from {
		e := &c.Undated
		k := j - len(c.Events)
		if k < 0 {
			e, k = &c.Events, j
		}
		results[f.article].Events[f.pos] = (*e)[k]
	}
}
