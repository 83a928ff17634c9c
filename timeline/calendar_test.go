package timeline

import (
	"fmt"
	"testing"
)

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
