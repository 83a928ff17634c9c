package fr_test

import (
	"testing"

	"frise/timeline/expr"
	"frise/timeline/fr"
)

// TestCuesTense: the tense a word gives its clause, the future of the
// third person singular included, and nouns that end like it.
func TestCuesTense(t *testing.T) {
	tense := fr.Language().Tense
	for _, tc := range []struct {
		word, next string
		want       expr.Direction
	}{
		{"présentera", "un", expr.DirFuture},
		{"finira", "par", expr.DirFuture},
		{"prendra", "la", expr.DirFuture},
		{"devra", "attendre", expr.DirFuture},
		{"pourra", "rouvrir", expr.DirFuture},
		{"conclura", "le", expr.DirFuture},
		{"présenteront", "un", expr.DirFuture},
		{"serons", "aux", expr.DirFuture},
		{"pourrez", "venir", expr.DirFuture},
		{"environs", "de", expr.DirAuto},
		{"patrons", "de", expr.DirAuto},
		{"vignerons", "ont", expr.DirAuto},
		{"caméra", "de", expr.DirAuto},
		{"opéra", "de", expr.DirAuto},
		{"cobra", "a", expr.DirAuto},
		{"extra", "de", expr.DirAuto},
		{"ont", "attaqué", expr.DirPast},
		{"disaient", "inquiets", expr.DirNearest},
	} {
		if got := tense(tc.word, tc.next); got != tc.want {
			t.Errorf("%s %s: %v, want %v", tc.word, tc.next, got, tc.want)
		}
	}
}
