package render

import "testing"

func checkSummary(t *testing.T, s string, max int) {
	t.Helper()
	if got, want := Summary(s, max), summaryRunes(s, max); got != want {
		t.Fatalf("Summary(%q, %d) = %q, read rune by rune %q", s, max, got, want)
	}
}

// TestSummaryAsRunes: Summary gives what reading the text as runes gives,
// spaces normalised or not, cut or not, in French and with emoji.
func TestSummaryAsRunes(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a ", " a", "a  b", "a\tb", "a\u00a0b", "Des manifestants ont bloqué mardi soir la route principale d'Almaty, a annoncé la police.",
		"L'état d'urgence a été décrété mercredi à Almaty , ; : suite", "😀😀😀😀 😀😀😀😀😀😀 😀😀😀", "bad \xff utf-8 here and there and everywhere in the text"} {
		for _, max := range []int{0, 1, 5, 12, 48, 120} {
			checkSummary(t, s, max)
		}
	}
}

// FuzzSummary: any text, any length.
func FuzzSummary(f *testing.F) {
	f.Add("Des manifestants ont  bloqué mardi", 12)
	f.Fuzz(func(t *testing.T, s string, max int) {
		if max < 0 || max > 1000 {
			return
		}
		checkSummary(t, s, max)
	})
}
