package render

import (
	"fmt"
	"testing"
	"time"
)

// TestDayAsSprintf: a day is said as fmt.Sprintf("%s %d %s %d") said it,
// in every language's words, for days of every weekday and month, in
// zones where the day differs from UTC's, and years before 1000.
func TestDayAsSprintf(t *testing.T) {
	zones := []*time.Location{time.UTC, time.FixedZone("east", 14*3600), time.FixedZone("west", -12*3600)}
	for _, c := range calendars() {
		w := c.w
		for _, loc := range zones {
			for _, d := range []time.Time{time.Date(2022, 1, 5, 23, 30, 0, 0, time.UTC), time.Date(7, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(9999, 6, 15, 12, 0, 0, 0, time.UTC)} {
				for k := range 40 {
					day := d.AddDate(0, 0, 9*k).In(loc)
					want := fmt.Sprintf("%s %d %s %d", w.Days[day.Weekday()], day.Day(), w.Months[day.Month()-1], day.Year())
					if got := w.day(day); got != want {
						t.Fatalf("%s %v: %q, Sprintf %q", c.tag, day, got, want)
					}
				}
			}
		}
	}
}
