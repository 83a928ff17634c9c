package fr

import (
	"strings"
	"testing"
)

func TestContrast(t *testing.T) {
	for _, tc := range []struct {
		before, clause string
		want           bool
	}{
		{"autrefois ouvrière la cité vit du tourisme", "les ateliers sont des musées", true},
		{"le quartier vivait de la mine", "les friches attendent des repreneurs", true},
		{"je suis fier des progrès que nous avons réussi à faire", "la ville a changé d ambiance", true},
		{"", "le village n est plus qu un souvenir", true},
		{"", "les secours poursuivent leurs recherches dans les décombres", false},
		{"le feu a pris hier soir dans un entrepôt", "les enquêteurs sont sur place", false},
		{"il a fait un portrait du maire", "le conseil se réunit", false},
	} {
		if got := contrast(strings.Fields(tc.before), strings.Fields(tc.clause)); got != tc.want {
			t.Errorf("%q / %q: %v, want %v", tc.before, tc.clause, got, tc.want)
		}
	}
}

func TestContrastPluperfect(t *testing.T) {
	if contrast(strings.Fields("le ministre avait promis une aide"), strings.Fields("les sinistrés attendent toujours")) != true {
		t.Error("a change word in the clause: these times")
	}
	if contrast(strings.Fields("le ministre avait promis une aide"), strings.Fields("les sinistrés manifestent devant la préfecture")) {
		t.Error("a pluperfect of recent news is no past era")
	}
}
