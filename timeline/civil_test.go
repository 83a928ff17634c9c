package timeline

import (
	"testing"
	"time"
)

// TestCivil: civil and addDate give the times time.Date and AddDate give,
// to the bit, in UTC and elsewhere, across years, months and days out of
// range (as the resolver writes "the day before the 1st", "13th month").
func TestCivil(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		paris = time.FixedZone("CET", 3600)
	}
	seed := uint64(7)
	rnd := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
	for range 200_000 {
		y, m, d := rnd(4000)-500, time.Month(rnd(40)-12), rnd(800)-400
		h, mi, s := rnd(50)-10, rnd(130)-30, rnd(130)-30
		for _, loc := range []*time.Location{time.UTC, paris} {
			want := time.Date(y, m, d, h, mi, s, 0, loc)
			if got := civil(y, m, d, h, mi, s, 0, loc); got != want {
				t.Fatalf("civil(%d, %d, %d, %d, %d, %d, %v) = %v, want %v", y, m, d, h, mi, s, loc, got, want)
			}
			dy, dm, dd := rnd(60)-30, rnd(60)-30, rnd(4000)-2000
			if rnd(2) == 0 {
				dy, dm = 0, 0
			}
			if got, want := addDate(want, dy, dm, dd), want.AddDate(dy, dm, dd); got != want {
				t.Fatalf("addDate(%v, %d, %d, %d) = %v, want %v", want, dy, dm, dd, got, want)
			}
		}
	}
}
