package en_test

import (
	"testing"

	"frise/timeline/en"
	"frise/timeline/expr"
)

// TestCuesTense: the tense a word (and the word after it) gives its
// clause: a future, a look ahead after "is", a past, a present; "is
// about one-third" is no future.
func TestCuesTense(t *testing.T) {
	tense := en.Language().Tense
	for _, tc := range []struct {
		word, next string
		want       expr.Direction
	}{
		{"will", "open", expr.DirFuture},
		{"is", "expected", expr.DirFuture},
		{"is", "to", expr.DirFuture},
		{"is", "about", expr.DirNearest},
		{"are", "about", expr.DirNearest},
		{"evacuated", "30", expr.DirPast},
		{"had", "held", expr.DirPast},
		{"has", "built", expr.DirNearest},
		{"need", "more", expr.DirAuto},
	} {
		if got := tense(tc.word, tc.next); got != tc.want {
			t.Errorf("%s %s: %v, want %v", tc.word, tc.next, got, tc.want)
		}
	}
}
