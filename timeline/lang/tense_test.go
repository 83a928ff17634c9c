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

// TestTensesWords: the words the tense reader reads whatever the
// article's language are every language's; a cue of several words keeps
// its order, nearest last.
func TestTensesWords(t *testing.T) {
	a := lang.Language{Tag: "aa", TenseCues: lang.TenseCues{
		MovedFirst: lang.Words("au"), MovedBefore: []string{"au", "partir de"}, Leads: lang.Words("dès"),
		InfinitiveEndings: []string{"er"}, InfinitiveMarks: lang.Words("de"), InfinitivePronouns: lang.Words("se"),
	}}
	b := lang.Language{Tag: "bb", TenseCues: lang.TenseCues{
		MovedFirst: lang.Words("to"), MovedBefore: []string{"starting"}, Leads: lang.Words("then"),
	}}
	ts := lang.TensesOf(a, b)
	if !ts.MovedFirst("au") || !ts.MovedFirst("to") || ts.MovedFirst("starting") {
		t.Error("MovedFirst")
	}
	if got := ts.MovedBefore("de"); len(got) != 1 || len(got[0]) != 1 || got[0][0] != "partir" {
		t.Errorf(`MovedBefore("de") = %q`, got)
	}
	if got := ts.MovedBefore("starting"); len(got) != 1 || len(got[0]) != 0 {
		t.Errorf(`MovedBefore("starting") = %q`, got)
	}
	if ts.MovedBefore("partir") != nil || ts.MovedBefore("to") != nil {
		t.Error("MovedBefore reads a cue by its first word, or MovedFirst's")
	}
	if !ts.Lead("dès") || !ts.Lead("then") || ts.Lead("au") {
		t.Error("Lead")
	}
	for w, want := range map[string]bool{"quitter": true, "étendre": false, "aller": true, "ter": false, "under": true, "quitta": false} {
		if got := ts.InfinitiveEnd(w); got != want {
			t.Errorf("InfinitiveEnd(%q) = %v", w, got)
		}
	}
	if !ts.InfinitiveMark("de") || ts.InfinitiveMark("se") || !ts.InfinitivePronoun("se") {
		t.Error("InfinitiveMark, InfinitivePronoun")
	}
	var none *lang.Tenses
	if none.MovedFirst("au") || none.MovedBefore("au") != nil || none.Lead("dès") || none.InfinitiveEnd("quitter") || none.InfinitiveMark("de") {
		t.Error("nil Tenses reads a word")
	}
}
