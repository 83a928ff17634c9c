package timeline

import (
	"cmp"
	"fmt"
	"slices"
	"testing"
	"time"
)

// joinByCopy is how MergeWith ordered the joined events before
// joinInPlace: pointers to the joined events, then to the others, sorted
// stably, copied into a slice of their own. The reference joinInPlace is
// held to.
func joinByCopy(evs []Event, groups [][]int) []Event {
	merged := make([]bool, len(evs))
	var joined []Event
	for _, g := range groups {
		joined = append(joined, joinEvents(evs, g))
		for _, i := range g {
			merged[i] = true
		}
	}
	var order []*Event
	for i := range joined {
		order = append(order, &joined[i])
	}
	for i := range evs {
		if !merged[i] {
			order = append(order, &evs[i])
		}
	}
	slices.SortStableFunc(order, func(a, b *Event) int {
		return cmp.Or(a.Value.From.Compare(b.Value.From), b.Value.To.Compare(a.Value.To),
			cmp.Compare(a.Sources[0].Article, b.Sources[0].Article), cmp.Compare(a.Sources[0].ClauseSpan.Start, b.Sources[0].ClauseSpan.Start))
	})
	var out []Event
	for _, e := range order {
		out = append(out, *e)
	}
	return out
}

// TestJoinInPlace: the events joined and ordered in place are the ones
// the copy gave, in its order, with many events alike in every key the
// sort reads (where only the order before sorting tells them apart), and
// groups of two and more anywhere in the slice.
func TestJoinInPlace(t *testing.T) {
	// Days before 1970 too (negative Unix seconds), and instants a
	// fraction of a second apart.
	day := func(d int) time.Time { return time.Date(1969, 12, 30+d, 0, 0, 0, 0, time.UTC) }
	for n := range 40 {
		var evs []Event
		for i := range n {
			// Few distinct days, articles and offsets: many ties.
			d := 1 + i%3
			evs = append(evs, Event{Clause: fmt.Sprint("clause ", i),
				Value:   Value{From: day(d).Add(time.Duration(i%5/3) * 700 * time.Millisecond), To: day(d + 1 + i%2).Add(time.Duration(i%7/5) * time.Nanosecond), Timex: fmt.Sprint("t", i), Certainty: Certainty(i % 2)},
				Sources: []Provenance{{Article: fmt.Sprint("a", i%4), ClauseSpan: Span{Start: i % 2}}}, DatedBy: DatedOwn})
		}
		var groups [][]int
		for i := 0; i+3 < n; i += 7 {
			groups = append(groups, []int{i, i + 2, i + 3})
		}
		if n > 6 {
			groups = append(groups, []int{1, n - 1})
		}
		want := joinByCopy(slices.Clone(evs), groups)
		got := joinInPlace(slices.Clone(evs), groups)
		if len(got) != len(want) {
			t.Fatalf("%d events: %d joined in place, %d by copy", n, len(got), len(want))
		}
		for i := range got {
			if g, w := fmt.Sprint(got[i]), fmt.Sprint(want[i]); g != w {
				t.Fatalf("%d events, event %d:\nin place %s\nby copy  %s", n, i, g, w)
			}
		}
	}
}
