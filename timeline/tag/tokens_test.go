package tag

import (
	"fmt"
	"strings"
	"testing"
)

// The tokens are the words (lower case) and digit runs of a text, each
// with its byte offset; a word is copied only when it is not already
// lower-case ASCII.
func TestTokensOf(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // word@start, digit runs as rule.Digits with y (four digits) and j (joined)
	}{
		{"le 15juin 2016", "le@0 #@3 juin@5 #y@10"},
		{"Mardi, À 14:30 l’Élysée", "mardi@0 à@7 #j@10 #@13 l@16 élysée@20"},
		{"12/03/2022 -- 3.5", "#j@0 #j@3 #y@6 #j@14 #@16"},
		{"ÉTÉ\u00a02022\xffhiver", "été@0 #y@7 hiver@12"},
		{"", ""},
	} {
		var got []string
		for _, tk := range tokensOf(nil, tc.text, map[string]*word{}) {
			w := tk.word
			if tk.digit {
				w = "#"
				if tk.year {
					w += "y"
				}
				if tk.joined {
					w += "j"
				}
			}
			got = append(got, fmt.Sprintf("%s@%d", w, tk.start))
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("tokensOf(%q) = %q, want %q", tc.text, g, tc.want)
		}
	}
	// A word met before is its cached copy, with its info.
	wi := &word{key: "mardi"}
	if tks := tokensOf(nil, "MARDI", map[string]*word{"mardi": wi}); tks[0].info != wi || tks[0].word != "mardi" {
		t.Errorf("a cached word is not reused: %+v", tks[0])
	}
}
