package tag

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"frise/timeline"
	"frise/timeline/fr"
	"frise/timeline/rule"
	"frise/timeline/tag/internal/match"
)

// The tokens are the words (lower case) and digit runs of a text, each
// with its byte offset and what the tagger knows of its word.
func TestTokens(t *testing.T) {
	tg := For(fr.Language())
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
	if a[0].info != b[0].info || a[0].info.fire == (match.Set{}) || a[0].info.kind&wordWalks == 0 {
		t.Errorf("mardi and MARDI: %+v, %+v", a[0].info, b[0].info)
	}
}

// TestLexicon: a lexicon finds every word it was given, grows as it
// fills, and forgets everything past its bound.
func TestLexicon(t *testing.T) {
	var l lexicon
	hash := hashOf[string]
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
	tg := For(fr.Language())
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

// refToken is a token as the tokenizer's doc says it, read plainly.
type refToken struct {
	start               int
	key                 string
	digit, year, joined bool
}

// refTokens is the tokenizer written for reading, not speed: a word is a
// run of letters (unicode.IsLetter: × and ÷ are none), lowered rune by
// rune with timeline.LowerRune; a run of ASCII digits is a number, of
// four digits a year, joined when '/', '.', '-' or ':' and a digit follow.
func refTokens(text string) []refToken {
	var out []refToken
	for i := 0; i < len(text); {
		if isDigit(rune(text[i])) {
			j := i + 1
			for j < len(text) && isDigit(rune(text[j])) {
				j++
			}
			joined := j+1 < len(text) && strings.IndexByte("/.-:", text[j]) >= 0 && isDigit(rune(text[j+1]))
			out = append(out, refToken{start: i, key: rule.Digits, digit: true, year: j-i == 4, joined: joined})
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		var key []rune
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				break
			}
			key = append(key, timeline.LowerRune(r))
			j += size
		}
		out = append(out, refToken{start: i, key: string(key)})
		i = j
	}
	return out
}

func tokensAsRef(tg *Tagger, w *workspace, text string) []refToken {
	var out []refToken
	for _, tk := range tg.tokens(nil, text, w) {
		if tk.kind != tk.info.kind {
			// A token keeps its word's kind: written as the word is its own.
			return append(out, refToken{start: int(tk.start), key: fmt.Sprintf("kind %d, its word's %d", tk.kind, tk.info.kind)})
		}
		out = append(out, refToken{start: int(tk.start), key: tk.info.key, digit: tk.digit, year: tk.year, joined: tk.joined})
	}
	return out
}

// TestTokensAsWritten: the tokenizer, with its fast paths, reads real
// news (French TimeBank, the benchmark text) as refTokens does.
func TestTokensAsWritten(t *testing.T) {
	tg := For(fr.Language())
	w := tg.work.get(tg.progs, tg.machine)
	defer tg.work.put(w)
	texts := []string{"Le 5 juin, à 14h30, l’ÉTÉ 2021 (×2) : ÇA, Noël\u00a0et 15juin2022 ; 3.5 — über ΣΑΒΒΑΤΟ 1/2",
		// Words read eight bytes at a time, once met (so twice): 7, 8, 9,
		// 15, 16 and 17 letters, capitals, letters beyond ASCII (lower
		// case, capitals, at the start, past the eighth byte, ß to ÿ, ÷),
		// the bytes around the letters, the end.
		strings.Repeat("abcdefg ABCDEFGH abcdefghi Abcdefghijklmno abcdefghijklmnop ABCDEFGHIJKLMNOPQ anticonstitutionnellement "+
			"extraordinairé Gouvernementaux[x] ab[cd ef{gh ij@kl mn`op qr/st AZ[az{ juin2022 mardi "+
			"réunion été élection Élysée ÉTÉ étÉ déjà-vu ßa ÿx a÷b à ça çà ñandú août2021 préfèrerait ", 2),
	}
	for _, f := range []string{"../../../shared/eval/ftib_dev.jsonl", "../../../shared/bench/bench_fr.txt"} {
		if raw, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(raw[:min(len(raw), 200_000)]))
		}
	}
	for _, text := range texts {
		if got, want := tokensAsRef(tg, w, text), refTokens(text); !slices.Equal(got, want) {
			for k := range min(len(got), len(want)) {
				if got[k] != want[k] {
					t.Fatalf("token %d: %+v, want %+v", k, got[k], want[k])
				}
			}
			t.Fatalf("%d tokens, want %d", len(got), len(want))
		}
	}
}

// FuzzTokens: on any text, the tokenizer reads as refTokens does, the
// first time and again once it has learnt the text's words (read then
// on the fast path, eight bytes at a time).
func FuzzTokens(f *testing.F) {
	for _, s := range []string{"Le 5 juin, l’ÉTÉ", "ÉtÉ\xc3 ÿ×÷ǅ 15juin2022", "abc\xffDEF ghi", "İstanbul ΣΑΒΒΑΤΟ", "1.5 8:00:31 2022-01-05"} {
		f.Add(s)
	}
	tg := For(fr.Language())
	f.Fuzz(func(t *testing.T, text string) {
		w := tg.work.get(tg.progs, tg.machine)
		defer tg.work.put(w)
		want := refTokens(text)
		for pass := range 2 {
			if got := tokensAsRef(tg, w, text); !slices.Equal(got, want) {
				t.Fatalf("%q, pass %d: tokens %+v, want %+v", text, pass+1, got, want)
			}
		}
	})
}

// TestLastFrom: the last span starting at or before a byte, read from
// the last of a few spans and searched among many, as a plain count
// from the first gives it; before the first span, none.
func TestLastFrom(t *testing.T) {
	for n := range 20 {
		var spans []timeline.Span
		for i := range n {
			spans = append(spans, timeline.Span{Start: 10 * i, End: 10*i + 5})
		}
		for start := -1; start < 10*n+3; start++ {
			want := -1
			for i, s := range spans {
				if s.Start <= start {
					want = i
				}
			}
			if got := lastFrom(spans, start); got != want {
				t.Errorf("%d spans, from %d: %d, want %d", n, start, got, want)
			}
		}
	}
}
