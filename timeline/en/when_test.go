package en

import (
	"strings"
	"testing"
	"time"

	"github.com/olebedev/when"
)

// TestWhenParser runs the English rules in when's own parser: they are
// when rules, usable without frise's tagger.
func TestWhenParser(t *testing.T) {
	w := when.New(nil)
	w.Add(All()...)
	ref := time.Date(2022, 1, 5, 15, 0, 0, 0, time.UTC) // a Wednesday
	for _, tt := range []struct{ text, phrase, want string }{
		{"Protests broke out on Sunday.", "on Sunday", "2022-01-02T15:00"},
		{"The vote is set for Jan. 10.", "Jan. 10", "2022-01-10T15:00"},
		{"The talks resumed yesterday at 3 p.m.", "yesterday at 3 p.m.", "2022-01-04T15:00"},
		{"He left three days ago.", "three days ago", "2022-01-02T15:00"},
	} {
		r, err := w.Parse(tt.text, ref)
		if err != nil || r == nil {
			t.Errorf("Parse(%q) = %v, %v", tt.text, r, err)
			continue
		}
		if !strings.HasPrefix(tt.phrase, r.Text) && !strings.HasPrefix(r.Text, tt.phrase) || r.Time.Format("2006-01-02T15:04") != tt.want {
			t.Errorf("Parse(%q) = %q at %s, want %q at %s", tt.text, r.Text, r.Time.Format("2006-01-02T15:04"), tt.phrase, tt.want)
		}
	}
}
