package tag

import (
	"fmt"
	"strings"
	"testing"

	"frise/timeline"
	"frise/timeline/fr"
)

// The tokens are the words (lower case) and digit runs of a text, each
// with its byte offset and what the tagger knows of its word.
func TestTokens(t *testing.T) {
	tg := New(fr.All()...)
	w := tg.work.get(tg.progs, tg.machine)
	defer tg.work.put(w)
	for _, tc := range []struct {
		text string
		want string // word@start, digit runs as rule.Digits with y (four digits) and j (joined)
	}{
		{"le 15juin 2016", "le@0 #@3 juin@5 #y@10"},
		{"Mardi, À 14:30 l’Élysée", "mardi@0 à@7 #j@10 #@13 l@16 élysée@20"},
		{"12/03/2022 -- 3.5", "#j@0 #j@3 #y@6 #j@14 #@16"},
		{"ÉTÉ\u00a02022\xffhiver", "été@0 #y@7 hiver@12"},
		{"NOËL Noël noël", "noël@0 noël@6 noël@12"},
		{"", ""},
	} {
		var got []string
		for _, tk := range tg.tokens(nil, tc.text, w) {
			s := tk.info.key
			if tk.digit {
				s = "#"
				if tk.year {
					s += "y"
				}
				if tk.joined {
					s += "j"
				}
			}
			got = append(got, fmt.Sprintf("%s@%d", s, tk.start))
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("tokens(%q) = %q, want %q", tc.text, g, tc.want)
		}
	}
	// A word met again, in any case, is the same word, with what the
	// tagger learnt of it: "mardi" triggers the weekday rules.
	a, b := tg.tokens(nil, "mardi", w), tg.tokens(nil, "MARDI", w)
	if a[0].info != b[0].info || a[0].info.fire == (ruleSet{}) || !a[0].info.walk {
		t.Errorf("mardi and MARDI: %+v, %+v", a[0].info, b[0].info)
	}
}

// TestLexicon: a lexicon finds every word it was given, grows as it
// fills, and forgets everything past its bound.
func TestLexicon(t *testing.T) {
	var l lexicon
	hash := func(s string) uint64 {
		h := uint64(hashStart)
		for i := range len(s) {
			h = (h ^ uint64(s[i])) * hashPrime
		}
		return h
	}
	for i := range maxWords {
		k := fmt.Sprint("w", i)
		if find(&l, k, hash(k)) != nil {
			t.Fatalf("%s found before it was added", k)
		}
		l.add(&word{key: k, hash: hash(k)})
	}
	for i := range maxWords {
		if k := fmt.Sprint("w", i); find(&l, []byte(k), hash(k)) == nil {
			t.Fatalf("%s not found", k)
		}
	}
	l.add(&word{key: "last", hash: hash("last")})
	if l.n != 1 || find(&l, "w1", hash("w1")) != nil || find(&l, "last", hash("last")) == nil {
		t.Errorf("past the bound: %d words", l.n)
	}
}

// TestTokensLatin1: every letter of Latin-1 and its upper and lower case
// are read as timeline.Lower reads them, one word whatever the case; ×
// and ÷ end a word.
func TestTokensLatin1(t *testing.T) {
	tg := New(fr.All()...)
	w := tg.work.get(tg.progs, tg.machine)
	defer tg.work.put(w)
	for r := rune(0xC0); r <= 0xFF; r++ {
		word := "A" + string(r) + "b" + string(r)
		text := word + " " + strings.ToUpper(word) + " " + strings.ToLower(word)
		toks := tg.tokens(nil, text, w)
		if r == 0xD7 || r == 0xF7 {
			if len(toks) != 6 {
				t.Errorf("%q: %d tokens, want 6", text, len(toks))
			}
			continue
		}
		if len(toks) != 3 {
			t.Errorf("%q: %d tokens, want 3", text, len(toks))
			continue
		}
		for _, tk := range toks {
			if want := timeline.Lower(word); tk.info.key != want || tk.info != toks[0].info {
				t.Errorf("%q: token %q, want %q, one word", text, tk.info.key, want)
			}
		}
	}
}
