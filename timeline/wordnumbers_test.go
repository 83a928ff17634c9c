package timeline

import (
	"slices"
	"testing"
)

// TestWordNumbers: the words sameEvents numbers are contentWords' words,
// for clauses with accents, capitals, digits, apostrophes, letters whose
// lower case is longer or not a letter, invalid UTF-8 and stop words.
func TestWordNumbers(t *testing.T) {
	stop := map[string]bool{"les": true, "the": true, "été": true}
	clauses := [][2]string{
		{"Des manifestants ont bloqué mardi soir la route principale d'Almaty.", "mardi soir"},
		{"L'état d'urgence a été décrété MERCREDI à Janaozen, a annoncé le gouverneur.", "mercredi"},
		{"Protesters blocked the main road of Aktau on Tuesday evening.", "on Tuesday evening"},
		{"Les prix du gaz ont doublé en 2022, à 120 tenge le litre (+3%).", "en 2022"},
		{"İSTANBUL: Ünal, ÉLYSÉE, Ⅻ, ǅemal, ΣΟΦΊΑ et 日本語 à 5h; x1 a1 9", ""},
		{"bad \xff\xfeutf-8 ab\xc3 é\xe2\x80 ok-ok ok", "ok"},
		{"", ""},
		{"The the THE les Les été Été ÉTÉ étéx", "x"},
		{"a2 b c dd ee fff 1 12 ½ ² ٣ ٣٣", ""},
	}
	wn := wordNumbers{number: map[string]int32{}}
	for _, c := range clauses {
		ns := wn.of(c[0], c[1], stop)
		name := make(map[int32]string)
		for w, n := range wn.number {
			name[n] = w
		}
		var got []string
		for _, n := range ns {
			got = append(got, name[n])
		}
		slices.Sort(got)
		want := contentWords(c[0], c[1], stop)
		if !slices.Equal(got, want) {
			t.Errorf("%q:\nnumbered %q\nwant     %q", c[0], got, want)
		}
		if !slices.IsSorted(ns) || len(slices.Compact(slices.Clone(ns))) != len(ns) {
			t.Errorf("%q: numbers %v not sorted, each once", c[0], ns)
		}
	}
}
