package timeline_test

import (
	"slices"
	"testing"

	"frise/timeline"
	"frise/timeline/languages"
)

// TestContentWordsStop: the words left out are the languages' stop words,
// French and English alike, handed in; none handed in, every word counts.
func TestContentWordsStop(t *testing.T) {
	clause, phrase := "les manifestants ont bloqué the main road mardi", "mardi"
	got := timeline.ContentWords(clause, phrase, languages.StopWords())
	if want := []string{"bloqué", "main", "manifestants", "road"}; !slices.Equal(got, want) {
		t.Errorf("with the languages' stop words: %q, want %q", got, want)
	}
	got = timeline.ContentWords(clause, phrase, nil)
	if want := []string{"bloqué", "les", "main", "manifestants", "ont", "road", "the"}; !slices.Equal(got, want) {
		t.Errorf("with none: %q, want %q", got, want)
	}
}
