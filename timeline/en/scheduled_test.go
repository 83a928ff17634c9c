package en

import (
	"strings"
	"testing"
)

// TestScheduledWords: the words around a month (its own left out, lower
// case) that tell of an event on a schedule in the present.
func TestScheduledWords(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  bool
	}{
		{"the festival takes place on the waterfront", true},
		{"the summit is held in vilnius", true},
		{"the tour kicks off in dublin", true},
		{"the new terminal opens the airport said", true},
		{"the festival took place despite the heat", false},
		{"prices begin to ease the survey shows", false},
		{"housing starts fall", false},
		{"sales rose", false},
	} {
		if got := scheduled(strings.Fields(tc.words), 0); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.words, got, tc.want)
		}
	}
}
