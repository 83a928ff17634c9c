package fr

import (
	"strings"
	"testing"
	"time"

	"github.com/olebedev/when"
)

// TestWhenParser runs the French rules in when's own parser: they are when
// rules, usable without frise's tagger (which finds every phrase, where
// when.Parse stops at the first).
func TestWhenParser(t *testing.T) {
	w := when.New(nil)
	w.Add(All()...)
	ref := time.Date(2022, 1, 5, 15, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct{ text, phrase, want string }{
		// A date alone keeps the reference's time of day, as when does.
		{"Les troubles ont éclaté dimanche.", "dimanche", "2022-01-02T15:00"},
		{"Elle s'est étendue dans la nuit de mardi à mercredi.", "dans la nuit de mardi à mercredi", "2022-01-04T20:00"},
		{"Il partira le 10 janvier à midi.", "le 10 janvier à midi", "2022-01-10T12:00"},
		{"Il est parti hier soir.", "hier soir", "2022-01-04T18:00"},
	}
	for _, tt := range tests {
		r, err := w.Parse(tt.text, ref)
		if err != nil || r == nil {
			t.Errorf("Parse(%q) = %v, %v", tt.text, r, err)
			continue
		}
		// when ends a cluster at its last match's end, not the furthest one
		// ("dans la nuit de mardi" for the whole night): only its start is sure.
		if !strings.HasPrefix(tt.phrase, r.Text) || r.Time.Format("2006-01-02T15:04") != tt.want {
			t.Errorf("Parse(%q) = %q at %s, want %q at %s", tt.text, r.Text, r.Time.Format("2006-01-02T15:04"), tt.phrase, tt.want)
		}
	}
}
