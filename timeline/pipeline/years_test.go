package pipeline

import (
	"testing"
	"time"

	"frise/timeline"
)

// TestCheckYears: a value is refused exactly when, in its own zone, it
// starts before the year 1 or ends after the year 9999, however far its
// zone is from UTC, near the ends of the calendar and far from them.
func TestCheckYears(t *testing.T) {
	if safeFrom != time.Date(2, 1, 1, 0, 0, 0, 0, time.UTC).Unix() || safeTo != time.Date(9998, 1, 1, 0, 0, 0, 0, time.UTC).Unix() {
		t.Fatalf("safeFrom %d, safeTo %d: not 0002-01-01 and 9998-01-01", safeFrom, safeTo)
	}
	var starts []time.Time
	for _, off := range []int{-14 * 3600, -12 * 3600, -1, 0, 1, 3600, 14 * 3600} {
		loc := time.FixedZone("", off)
		for _, y := range []int{0, 1, 2, 3, 2022, 9997, 9998, 9999, 10000} {
			for _, d := range []int{-2, -1, 0, 1, 2, 364, 365, 366} {
				starts = append(starts, time.Date(y, 1, 1+d, 0, 0, 0, 0, loc), time.Date(y, 1, 1+d, 23, 59, 0, 0, loc))
			}
		}
	}
	for _, from := range starts {
		for _, length := range []time.Duration{time.Minute, 24 * time.Hour, 400 * 24 * time.Hour} {
			to := from.Add(length)
			want := from.Year() < 1 || to.After(time.Date(10000, 1, 1, 0, 0, 0, 0, to.Location()))
			r := timeline.Result{Mentions: []timeline.Mention{{Text: "x", Value: timeline.Value{From: from, To: to}}}}
			if got := checkYears(r) != nil; got != want {
				t.Errorf("[%v, %v): refused %v, want %v", from, to, got, want)
			}
		}
	}
}
