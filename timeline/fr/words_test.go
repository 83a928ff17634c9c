package fr

import "testing"

func TestNumberOf(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"trois", 3, true},
		{"17", 17, true},
		{"dix-sept", 17, true},
		{"vingt-deux", 22, true},
		{"vingt et un", 21, true},
		{"vingt-et-une", 21, true},
		{"trente et un", 31, true},
		{"Quarante-Cinq", 45, true},
		{"soixante-dix", 70, true},
		{"soixante et onze", 71, true},
		{"soixante-dix-sept", 77, true},
		{"quatre-vingts", 80, true},
		{"quatre-vingt-un", 81, true},
		{"quatre-vingt-dix-neuf", 99, true},
		{"septante-cinq", 75, true},
		{"nonante", 90, true},
		{"cent", 100, true},
		{"deux cents", 200, true},
		{"trois-cents", 300, true},
		{"mille", 1000, true},
		{"deux mille", 2000, true},
		{"une quinzaine de", 15, true},
		{"quelques", 0, false},
		{"et un", 0, false},
		{"vingt et", 0, false},
		{"cent deux cents", 0, false},
		{"premier-deux", 0, false},
	} {
		if got, ok := numberOf(tc.in); got != tc.want || ok != tc.ok {
			t.Errorf("numberOf(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
