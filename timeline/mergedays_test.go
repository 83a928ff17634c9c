package timeline

import (
	"slices"
	"testing"
	"time"

	"frise/timeline/expr"
)

// TestKeyDays: sameEvents files and looks up each word under fileDays'
// and lookDays' days: the keys indexKeys and lookKeys give (as sets), for
// values of an hour to a year, across midnight and a change of time, in
// a zone and UTC, unplaced or empty.
func TestKeyDays(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skip(err)
	}
	words := []string{"barrage", "police", "route"}
	var vals []Value
	for _, loc := range []*time.Location{time.UTC, paris, time.FixedZone("", 6*3600)} {
		at := func(m time.Month, d, h int) time.Time { return time.Date(2022, m, d, h, 0, 0, 0, loc) }
		for _, span := range [][2]time.Time{
			{at(1, 5, 10), at(1, 5, 11)}, {at(1, 4, 20), at(1, 5, 6)}, {at(1, 5, 0), at(1, 6, 0)},
			{at(3, 26, 0), at(3, 29, 0)}, {at(3, 26, 0), at(3, 30, 0)}, {at(1, 1, 0), at(2, 1, 0)},
			{at(1, 1, 0), at(3, 5, 0)}, {at(1, 1, 0), at(3, 4, 0)}, {at(1, 1, 0), at(12, 31, 0)}, {at(10, 29, 22), at(10, 31, 2)},
		} {
			vals = append(vals, Value{From: span[0], To: span[1], Type: expr.Date}, Value{From: span[0], To: span[1], Type: expr.Duration})
		}
	}
	vals = append(vals, Value{}, Value{Type: expr.Date})
	set := func(ks []wordDay) []wordDay {
		ks = slices.Clone(ks)
		slices.SortFunc(ks, func(a, b wordDay) int {
			if a.w != b.w {
				if a.w < b.w {
					return -1
				}
				return 1
			}
			return a.day - b.day
		})
		return slices.Compact(ks)
	}
	cross := func(days []int) []wordDay {
		var ks []wordDay
		for _, w := range words {
			for _, d := range days {
				ks = append(ks, wordDay{w, d})
			}
		}
		return set(ks)
	}
	for _, v := range vals {
		if got, want := cross(fileDays(v, nil)), set(indexKeys(v, words, nil)); !slices.Equal(got, want) {
			t.Errorf("%v–%v %s: filed under %v, indexKeys %v", v.From, v.To, v.Type, got, want)
		}
		if got, want := cross(lookDays(v, nil)), set(lookKeys(v, words, nil)); !slices.Equal(got, want) {
			t.Errorf("%v–%v %s: looks up %v, lookKeys %v", v.From, v.To, v.Type, got, want)
		}
	}
}
