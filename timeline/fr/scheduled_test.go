package fr

import (
	"strings"
	"testing"
)

// TestScheduledWords: the words around a month (its own left out, lower
// case, split as the core splits them) that tell of an event on a
// schedule in the present.
func TestScheduledWords(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  bool
	}{
		{"le festival a lieu sur les bords du lac", true},
		{"les championnats se tiennent à budapest", true},
		{"le salon s ouvre porte de versailles", true},
		{"les travaux du tramway débutent", true},
		{"le festival a eu lieu malgré la pluie", false},
		{"le chômage commence à reculer selon l insee", false},
		{"les prix augmentent de selon l insee", false},
		{"le chômage recule de point", false},
	} {
		if got := scheduled(strings.Fields(tc.words), 0); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.words, got, tc.want)
		}
	}
}
