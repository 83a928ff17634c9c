package en

import "testing"

func TestNumberOf(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"three", 3, true},
		{"17", 17, true},
		{"a couple of", 2, true},
		{"twenty", 20, true},
		{"twenty-one", 21, true},
		{"Thirty Five", 35, true},
		{"ninety-nine", 99, true},
		{"a hundred", 100, true},
		{"two hundred", 200, true},
		{"one thousand", 1000, true},
		{"hundred", 100, true},
		{"several", 0, false},
		{"twenty a", 0, false},
		{"five-six", 0, false},
		{"twelve hundred", 0, false},
		{"twenty-one-two", 0, false},
	} {
		if got, ok := numberOf(tc.in); got != tc.want || ok != tc.ok {
			t.Errorf("numberOf(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
