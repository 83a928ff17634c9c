package tag

import (
	"slices"
	"testing"

	"frise/timeline"
)

// TestSortCands: candidates sorted as packed numbers come in the order
// the comparison gives (longest, then rule, then start), and so do those
// too long to pack.
func TestSortCands(t *testing.T) {
	seed := uint32(3)
	rnd := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	for _, longest := range []int{30, 5000} {
		var cands []cand
		for range 500 {
			start := rnd(3000)
			cands = append(cands, cand{span: timeline.Span{Start: start, End: start + 1 + rnd(longest)}, rule: rnd(60)})
		}
		got := sortCands(nil, cands, new([]uint64))
		want := slices.SortedFunc(slices.Values(got), func(i, j int32) int { return compareCands(&cands[i], &cands[j]) })
		if len(got) != len(cands) || !slices.EqualFunc(got, want, func(i, j int32) bool { return cands[i].span == cands[j].span && cands[i].rule == cands[j].rule }) {
			t.Errorf("longest %d: order %v, want %v", longest, got[:10], want[:10])
		}
	}
}
