package lang_test

import (
	"testing"

	"frise/timeline/expr"
	"frise/timeline/lang"
)

// TestTensesOf: the union keeps each language's Past and Future apart, in
// the languages' order; a tag reads its own language's, "" or an unknown
// tag all of them; Schedule and NotFuture words are every language's.
func TestTensesOf(t *testing.T) {
	a := lang.Language{Tag: "aa", TenseCues: lang.TenseCues{
		Past: lang.Words("fut ont"), Future: lang.Words("sera"), Schedule: lang.Words("reporté"), NotFuture: lang.Words("opéra"),
		Endings: func(string) expr.Direction { return expr.DirFuture },
	}}
	b := lang.Language{Tag: "bb", TenseCues: lang.TenseCues{
		Past: lang.Words("was sera"), Future: lang.Words("will"), Schedule: lang.Words("postponed"),
	}}
	ts := lang.TensesOf(a, b)
	if ts.Len() != 2 || ts.Cues(0).Endings == nil || ts.Cues(1).Endings != nil {
		t.Fatalf("languages out of order: %d", ts.Len())
	}
	for tag, want := range map[string]uint32{"aa": 1, "bb": 2, "": 3, "cc": 3} {
		if got := ts.Reads(tag); got != want {
			t.Errorf("Reads(%q) = %b, want %b", tag, got, want)
		}
	}
	for tag, want := range map[string]bool{"aa": true, "bb": true, "": false, "cc": false} {
		if got := ts.Own(tag); got != want {
			t.Errorf("Own(%q) = %v", tag, got)
		}
	}
	for _, tc := range []struct {
		i            int
		w            string
		past, future bool
	}{
		{0, "fut", true, false}, {1, "fut", false, false},
		{0, "sera", false, true}, {1, "sera", true, false},
		{1, "will", false, true}, {0, "will", false, false},
		{0, "walked", false, false}, {1, "", false, false},
	} {
		if got := ts.Past(tc.i, tc.w); got != tc.past {
			t.Errorf("Past(%d, %q) = %v", tc.i, tc.w, got)
		}
		if got := ts.Future(tc.i, tc.w); got != tc.future {
			t.Errorf("Future(%d, %q) = %v", tc.i, tc.w, got)
		}
	}
	for w, want := range map[string]bool{"reporté": true, "postponed": true, "was": false, "prévu": false} {
		if got := ts.Schedule(w); got != want {
			t.Errorf("Schedule(%q) = %v", w, got)
		}
	}
	if !ts.NotFuture("opéra") || ts.NotFuture("sera") {
		t.Error("NotFuture")
	}
	if !ts.FutureOrSchedule(0, "sera") || !ts.FutureOrSchedule(0, "postponed") || ts.FutureOrSchedule(0, "will") {
		t.Error("FutureOrSchedule")
	}
	var none *lang.Tenses
	if none.Len() != 0 || none.Reads("") != 0 || none.Own("aa") || none.Past(0, "fut") || none.Schedule("reporté") {
		t.Error("nil Tenses reads a cue")
	}
}
