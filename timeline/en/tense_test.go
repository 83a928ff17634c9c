package en

import (
	"testing"
	"unicode"

	"frise/timeline/expr"
)

// TestTenseEndings: a regular past (-ed) of five letters or more, in
// ASCII, reads past; nothing else does.
func TestTenseEndings(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want expr.Direction
	}{
		{"resigned", expr.DirPast}, {"opened", expr.DirPast}, {"voted", expr.DirPast},
		{"need", expr.DirAuto}, {"shed", expr.DirAuto}, {"résumed", expr.DirAuto},
		{"monday", expr.DirAuto}, {"opens", expr.DirAuto}, {"will", expr.DirAuto},
	} {
		if got := tenseCues.Endings(tc.w); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestTenseTables: every word is lower case ASCII, on one of Past and
// Future only; the Perfect auxiliary is a copula.
func TestTenseTables(t *testing.T) {
	lists := map[string]map[string]bool{"Past": tenseCues.Past, "Future": tenseCues.Future, "Copulas": tenseCues.Copulas,
		"Perfect": tenseCues.Perfect, "Schedule": tenseCues.Schedule,
		"ClauseJoins": tenseCues.ClauseJoins}
	for name, list := range lists {
		if len(list) == 0 {
			t.Errorf("%s is empty", name)
		}
		for w := range list {
			for _, r := range w {
				if r > unicode.MaxASCII || !unicode.IsLower(r) {
					t.Errorf("%s: %q is not lower case ASCII", name, w)
				}
			}
		}
	}
	for w := range tenseCues.Past {
		if tenseCues.Future[w] {
			t.Errorf("%q is both past and future", w)
		}
	}
	for w := range tenseCues.Perfect {
		if !tenseCues.Copulas[w] {
			t.Errorf("Perfect %q is no copula", w)
		}
	}
}
