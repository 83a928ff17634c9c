package timeline

import (
	"fmt"
	"testing"
	"time"
)

// isoDay writes what fmt writes, the fields padded.
func TestIsoDay(t *testing.T) {
	for _, y := range []int{-12, 0, 7, 99, 999, 1999, 2022, 9999, 10000} {
		for _, m := range []time.Month{0, 1, 9, 10, 12, 13} {
			for _, d := range []int{0, 1, 9, 10, 31, 32} {
				if got, want := string(isoDay(nil, y, m, d)), fmt.Sprintf("%04d-%02d-%02d", y, int(m), d); got != want {
					t.Errorf("isoDay(%d, %d, %d) = %q, want %q", y, m, d, got, want)
				}
			}
		}
	}
}

// pad writes what fmt's %0*d writes, which TIMEX3 values were written with.
func TestPad(t *testing.T) {
	for _, n := range []int{0, 5, 9, 10, 12, 99, 100, 999, 1000, 2022, 9999, 10000, 12345, -1, -42} {
		for _, width := range []int{0, 1, 2, 4, 6} {
			want := fmt.Sprintf("%0*d", width, n)
			if got := string(pad([]byte("x"), n, width)); got != "x"+want {
				t.Errorf("pad(%d, %d) = %q, want %q", n, width, got, "x"+want)
			}
		}
	}
}
