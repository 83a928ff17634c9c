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
		if !strings.Contains(languages.Want(), tag) {
			t.Errorf("Want() = %q, does not name %q", languages.Want(), tag)
		}
	}
	if _, ok := languages.Of("de"); ok {
		t.Error(`Of("de") found a language frise does not read`)
	}
}
