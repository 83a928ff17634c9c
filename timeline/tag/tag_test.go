package tag_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"frise/timeline"
	"frise/timeline/en"
	"frise/timeline/expr"
	"frise/timeline/fr"
	"frise/timeline/lang"
	"frise/timeline/languages"
	"frise/timeline/rule"
	"frise/timeline/tag"
)

func day(c []string) (expr.Expr, bool) {
	e := expr.Expr{Type: expr.Date}
	e.Weekday = expr.Some(2)
	return e, true
}

func TestTagFindsEveryMatchWithExactSpans(t *testing.T) {
	mardi := rule.New("mardi", `mardi`, day)
	soir := rule.New("mardi-soir", `mardi\s+soir`, day)
	gras := rule.New("mardi-gras", `mardi\s+gras`, func([]string) (expr.Expr, bool) { return expr.Expr{}, false })
	tg := tag.New(mardi, soir, gras)
	text := "Mardi, émardi, mardi soir et mardi gras ; Mardi."
	var got []string
	for _, m := range tg.TagText(text) {
		if text[m.Span.Start:m.Span.End] != m.Text {
			t.Errorf("span %v holds %q, mention says %q", m.Span, text[m.Span.Start:m.Span.End], m.Text)
		}
		got = append(got, m.Rule+":"+m.Text)
	}
	want := []string{"mardi:Mardi", "mardi-soir:mardi soir", "mardi:Mardi"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("mentions (-want +got):\n%s", d)
	}
}

// TestPeriodsHaveNoEnds: a range is read with its ends as parts ("18 h" in
// "de 18 h à 23 h"), but a period TIMEX3 writes as one value (a decade, a
// quarter) is not a range: its year is no phrase of its own.
func TestPeriodsHaveNoEnds(t *testing.T) {
	tg := tag.For(fr.Language())
	text := "Dans les années 1990, puis au premier trimestre 2021, et de 18 h à 23 h."
	var parts []string
	for _, m := range tg.TagText(text) {
		if m.Part {
			parts = append(parts, m.Text)
		}
	}
	if d := cmp.Diff([]string{"18 h", "à 23 h"}, parts); d != "" {
		t.Errorf("parts (-want +got):\n%s", d)
	}
}

// TestNoPhraseInsideANumber: a phrase neither starts nor ends next to the
// point or comma of a decimal number.
func TestNoPhraseInsideANumber(t *testing.T) {
	for _, tc := range []struct {
		tagger *tag.Tagger
		text   string
		wrong  string
	}{
		{tag.For(en.Language()), "The vote is in 1.5 hours.", "5 hours"},
		{tag.For(en.Language()), "It lasted 1,000 years ago.", "000 years ago"},
		{tag.For(fr.Language()), "Il habite à 14,5 km.", "à 14"},
		{tag.For(fr.Language()), "Il reviendra dans 2,5 jours.", "5 jours"},
	} {
		for _, m := range tc.tagger.TagText(tc.text) {
			if m.Text == tc.wrong {
				t.Errorf("%q: found %q (%s)", tc.text, m.Text, m.Rule)
			}
		}
	}
}

// TestPhraseEndingTheText: a phrase no memo has met yet is matched where
// it can be picked, and one that ends the text, with no rune after it to
// end its match, can be ("x" is one byte: nothing of it must be taken for
// granted).
func TestPhraseEndingTheText(t *testing.T) {
	x := rule.New("x", `x`, day).On("x")
	for text, want := range map[string]int{"x": 1, "a x": 1, "x a x": 2, "a x.": 1, "xx x": 1} {
		if got := len(tag.New(x).TagText(text)); got != want {
			t.Errorf("%q: %d phrases, want %d", text, got, want)
		}
	}
}

// TestTimexAgreesWithInterval: a time's TIMEX3 value names the minute its
// interval starts with, midnight included (T24:00 is the next day's
// 00:00), wherever a range puts its ends.
func TestTimexAgreesWithInterval(t *testing.T) {
	tg := tag.For(fr.Language())
	for _, text := range []string{
		"De minuit à 6 h, le couvre-feu s'applique.",
		"Il est arrivé à minuit. De 22 h à minuit, la musique a joué. De minuit à 6 h, rien.",
		"Le 3 janvier, de 23 h à 2 h, la fête a duré.",
	} {
		a, err := timeline.NewArticle("t", "2022-01-05", text, nil)
		if err != nil {
			t.Fatal(err)
		}
		ms := tg.TagText(text)
		timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: tensesOnly})
		for _, m := range ms {
			v := m.Value
			if v.Type != expr.Time || v.Grain != expr.GrainMinute || len(v.Timex) != 16 {
				continue
			}
			want := v.From.Format("2006-01-02T15:04")
			if v.Timex[11:] == "24:00" {
				want = v.From.Add(-time.Minute).Format("2006-01-02") + "T24:00"
			}
			if v.Timex != want {
				t.Errorf("%q in %q: %s, from %v", m.Text, text, v.Timex, v.From)
			}
		}
	}
}

// TestAppendText: the phrases are appended after what dst holds, which
// stays, and are TagText's; with a range's ends ("de 18 h à 23 h"), which
// grow the slice, and with dst full or with room.
func TestAppendText(t *testing.T) {
	tg := tag.For(fr.Language())
	text := "Mardi, de 18 h à 23 h, puis du 2 au 5 janvier, la police a chargé ; hier soir, rien."
	want := tg.TagText(text)
	if len(want) < 4 {
		t.Fatalf("%d phrases: the text is meant to hold ranges and their ends", len(want))
	}
	head := timeline.Mention{Text: "kept", AnchorIndex: 7}
	for _, room := range []int{0, 2, 40} {
		dst := append(make([]timeline.Mention, 0, 1+room), head)
		got := tg.AppendText(dst, text)
		if got[0] != head {
			t.Errorf("room %d: dst's mention became %+v", room, got[0])
		}
		if d := cmp.Diff(want, got[1:]); d != "" {
			t.Errorf("room %d: appended (-TagText +AppendText):\n%s", room, d)
		}
	}
}

// tensesOnly gives every article the registered languages' tense cues
// and no other cue.
func tensesOnly(string) *lang.Language { return &tenseLang }

var tenseLang = lang.Language{Tenses: languages.Tenses()}
