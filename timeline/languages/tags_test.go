package languages_test

import (
	"strings"
	"testing"

	"frise/timeline/languages"
)

// TestTags: the registry says which tags it holds, French first (the one
// detection prefers), and each is a language Of finds; Want names them all,
// as configuration errors say it.
func TestTags(t *testing.T) {
	tags := languages.Tags()
	if len(tags) < 2 || tags[0] != "fr" {
		t.Fatalf("Tags() = %q, want French first among several", tags)
	}
	for _, tag := range tags {
		if l, ok := languages.Of(tag); !ok || l.Tag != tag {
			t.Errorf("Of(%q) = %q, %v", tag, l.Tag, ok)
		}
		if l, _ := languages.Of(tag); l.Calendar.Days[0] == "" || l.Calendar.Months[11] == "" || l.Calendar.Abbr[0] == "" || l.Calendar.At == "" {
			t.Errorf("%s says no date: its Calendar is empty", tag)
		}
		if !strings.Contains(languages.Want(), tag) {
			t.Errorf("Want() = %q, does not name %q", languages.Want(), tag)
		}
	}
	if _, ok := languages.Of("de"); ok {
		t.Error(`Of("de") found a language frise does not read`)
	}
}

// TestRegistryShared: the registry is built once, yet what a caller gets
// is its own: a slice or a set changed by one caller is not the next
// one's.
func TestRegistryShared(t *testing.T) {
	all := languages.All()
	if all[0].Tenses == nil || all[0].Tenses != languages.Tenses() || all[0].Split == nil {
		t.Fatal("the languages are not handed the registry's unions")
	}
	all[0].Tag = "xx"
	if languages.All()[0].Tag != "fr" || languages.Tags()[0] != "fr" {
		t.Error("a caller's change to All's slice reached the registry")
	}
	tags := languages.Tags()
	tags[0] = "xx"
	if languages.Tags()[0] != "fr" {
		t.Error("a caller's change to Tags reached the registry")
	}
	stop := languages.StopWords()
	n := len(stop)
	stop["frise-test-word"] = true
	if got := len(languages.StopWords()); got != n {
		t.Errorf("StopWords has %d words after a caller added one, want %d", got, n)
	}
}
