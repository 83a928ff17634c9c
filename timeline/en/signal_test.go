package en

import "testing"

func TestSignal(t *testing.T) {
	for _, tc := range []struct{ phrase, want string }{
		{"at 4 p.m. ET", "4 p.m. ET"},
		{"At 10:30 a.m.", "10:30 a.m."},
		{"on Friday", "Friday"},
		{"in June", "June"},
		{"In the spring", "the spring"},
		{"since 2009", "2009"},
		{"until the weekend", "the weekend"},
		{"by year-end", "year-end"},
		{"for three days", "three days"},
		{"over the past decade", "the past decade"},
		{"in the past", "the past"},
		{"to the present", "the present"},
		{"within a year", "a year"},
		// Kept whole: no signal, a modifier, a set phrase.
		{"three days ago", "three days ago"},
		{"about two months ago", "about two months ago"},
		{"the first quarter", "the first quarter"},
		{"at present", "at present"},
		{"At the moment", "At the moment"},
		{"in recent years", "recent years"},
		{"today", "today"},
		{"tonight", "tonight"},
		{"on", "on"},
		{"Thursday", "Thursday"},
	} {
		if got := tc.phrase[signal(tc.phrase):]; got != tc.want {
			t.Errorf("signal(%q) leaves %q, want %q", tc.phrase, got, tc.want)
		}
	}
}
