package timeline_test

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"frise/timeline"
	"frise/timeline/languages"
)

// keyedGroups groups the events of c as a keyed merge does (frise-beam),
// from MergeKeys, MergeCandidates and Alike alone: each key keeps its
// latest candidates, each event meets those before it of the keys it
// looks up, pairs alike are joined.
func keyedGroups(c timeline.Chronology, opt timeline.MergeOptions) [][]int {
	type rep struct{ words, looks []timeline.MergeKey }
	filed := map[timeline.MergeKey][]int{}
	words := make([]int, len(c.Events))
	looks := make([][]timeline.MergeKey, len(c.Events))
	for i, e := range c.Events {
		w, f, l := timeline.MergeKeys(e, opt)
		words[i], looks[i] = len(w), l
		for _, k := range f {
			filed[k] = append(filed[k], i)
		}
	}
	for k, ids := range filed {
		if len(ids) > timeline.MergeCandidates {
			filed[k] = ids[len(ids)-timeline.MergeCandidates:]
		}
	}
	parent := make([]int, len(c.Events))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	article := func(i int) string { return c.Events[i].Sources[0].File + "\x00" + c.Events[i].Sources[0].Article }
	for i := range c.Events {
		shared := map[int]map[string]bool{}
		for _, k := range looks[i] {
			for _, j := range filed[k] {
				if j >= i || article(j) == article(i) {
					continue
				}
				if shared[j] == nil {
					shared[j] = map[string]bool{}
				}
				shared[j][k.Word] = true
			}
		}
		for j, ws := range shared {
			if timeline.Alike(len(ws), words[i], words[j], c.Events[i].Value, c.Events[j].Value, opt) {
				parent[find(i)] = find(j)
			}
		}
	}
	byRoot := map[int][]int{}
	for i := range c.Events {
		byRoot[find(i)] = append(byRoot[find(i)], i)
	}
	var groups [][]int
	for _, g := range byRoot {
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	return groups
}

// TestKeyedMergeIsMergeWith: MergeWith's events are those a keyed merge
// makes of MergeKeys, Alike and JoinEvents, on a corpus where many
// reports share a word and a day (more than MergeCandidates), where
// some reports are alike in words only and chains join several days.
func TestKeyedMergeIsMergeWith(t *testing.T) {
	places := []string{"Brest", "Lorient", "Sète", "Calais"}
	days := []string{"lundi", "mardi", "mercredi"}
	var arts [][3]string
	for i := range 240 {
		place := places[i%len(places)]
		date := fmt.Sprintf("2023-03-%02d", 6+i%5)
		var text string
		switch i % 3 {
		case 0:
			text = fmt.Sprintf("Les dockers du port de %s ont voté la grève %s, a annoncé leur syndicat.", place, days[i%len(days)])
		case 1:
			text = fmt.Sprintf("La grève des dockers de %s a été votée %s par les salariés du port.", place, days[(i/3)%len(days)])
		default:
			text = fmt.Sprintf("Le maire de %s a fermé les quais du port %s après une tempête.", place, days[(i/7)%len(days)])
		}
		arts = append(arts, [3]string{fmt.Sprintf("a%03d", i), date, text})
	}
	rs := results(t, arts...)
	opt := timeline.DefaultMerge()
	opt.StopWords = languages.StopWords()
	got := timeline.MergeWith(rs, opt)

	c := timeline.Merge(rs)
	groups := keyedGroups(c, opt)
	var want []timeline.Event
	big := 0
	for _, g := range groups {
		evs := make([]timeline.Event, len(g))
		for k, i := range g {
			evs[k] = c.Events[i]
		}
		if len(g) > 1 {
			want = append(want, timeline.JoinEvents(evs))
			big = max(big, len(g))
		}
	}
	for _, g := range groups {
		if len(g) == 1 {
			want = append(want, c.Events[g[0]])
		}
	}
	slices.SortStableFunc(want, func(a, b timeline.Event) int {
		return cmp.Or(a.Value.From.Compare(b.Value.From), b.Value.To.Compare(a.Value.To),
			cmp.Compare(a.Sources[0].Article, b.Sources[0].Article), cmp.Compare(a.Sources[0].ClauseSpan.Start, b.Sources[0].ClauseSpan.Start))
	})
	if big <= timeline.MergeCandidates/4 {
		t.Fatalf("largest event of %d reports: the corpus does not fill a key", big)
	}
	if len(got.Events) != len(want) {
		t.Fatalf("MergeWith: %d events, keyed: %d", len(got.Events), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got.Events[i], want[i]) {
			t.Fatalf("event %d differs:\nMergeWith %+v\nkeyed     %+v", i, got.Events[i].Sources[0], want[i].Sources[0])
		}
	}
}

// TestPinArticleKeepsItsMonth: a day outside the article's month pins
// nothing.
func TestPinArticleKeepsItsMonth(t *testing.T) {
	rs := results(t, [3]string{"m", "2022-01", "Le parlement a voté mercredi la loi sur les retraites."})
	day := rs[0].Events[0].Value.From.AddDate(0, 2, 0)
	if _, ok := timeline.PinArticle(rs[0], day, timeline.Provenance{Source: "AFP"}, timeline.DefaultMerge()); ok {
		t.Errorf("pinned to %s, outside January", day)
	}
	in := rs[0].Events[0].Value.From
	got, ok := timeline.PinArticle(rs[0], time.Date(2022, 1, 12, 0, 0, 0, 0, in.Location()), timeline.Provenance{Source: "AFP"}, timeline.DefaultMerge())
	if !ok || got.Events[0].Sources[0].PinnedBy != "AFP" {
		t.Errorf("not pinned to 2022-01-12 by AFP: %v %+v", ok, got.Events[0].Sources[0])
	}
}
