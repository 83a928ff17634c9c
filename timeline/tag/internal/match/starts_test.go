package match

import (
	"regexp"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStartsOf(t *testing.T) {
	for _, tc := range []struct {
		pattern  string
		any      bool
		digit    bool
		words    []string
		prefixes []string
	}{
		{pattern: `hier`, words: []string{"hier"}},
		{pattern: `(?:le\s+)?(\d{1,2})\s+janvier`, digit: true, words: []string{"le"}},
		{pattern: `l['’]an\s+dernier`, words: []string{"l"}},
		{pattern: `mardi|mercredi`, words: []string{"mardi", "mercredi"}},
		{pattern: `janv\w*`, prefixes: []string{"janv"}},
		{pattern: `f[ée]v`, words: []string{"fev", "fév"}},
		{pattern: `(?:,|pendant\s+)?\d+\s+jours`, digit: true, words: []string{"pendant"}},
		{pattern: `\w+\s+soir`, any: true},
		{pattern: `(?:hier)?`, any: true},
		{pattern: `.{2}h`, any: true},
	} {
		t.Run(tc.pattern, func(t *testing.T) {
			s := StartsOf(regexp.MustCompile(`(?i)^(` + tc.pattern + `)()(?:$|[^\p{L}\p{N}_])`))
			var words []string
			for w := range s.Words {
				words = append(words, w)
			}
			slices.Sort(words)
			got := []any{s.Any, s.Digit, words, s.Prefixes}
			want := []any{tc.any, tc.digit, tc.words, tc.prefixes}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("starts (-want +got):\n%s", d)
			}
		})
	}
}
