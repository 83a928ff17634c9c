package languages_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"

	"frise/timeline/languages"
)

// refDetect is Detect written for reading: the text lowered, cut into
// words, each of eight bytes at most looked up in the languages' common
// words (the reference the test and the fuzzer compare with).
func refDetect(text string) string {
	if len(text) > 4096 {
		text = text[:4096]
	}
	all := languages.All()
	lang := map[string]int{}
	for i := len(all) - 1; i >= 0; i-- {
		for _, w := range all[i].Common {
			lang[w] = i
		}
	}
	count := make([]int, len(all))
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if i, ok := lang[w]; ok && len(w) <= 8 {
			count[i]++
		}
	}
	best := 0
	for i := range count {
		if count[i] > count[best] {
			best = i
		}
	}
	return all[best].Tag
}

// TestDetectShort: short stories and pasted phrases, written for this
// test, few of them with the commonest function words, are told apart
// by their time words and pronouns.
func TestDetectShort(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Last summer, wildfires burned more than 100,000 acres; this year, officials are preparing earlier.", "en"},
		{"Voters go to the polls Sunday.", "en"},
		{"Two days ago, protesters blocked a highway near Lyon.", "en"},
		{"Markets rallied Tuesday night after strong earnings.", "en"},
		{"He resigned a week later.", "en"},
		{"A ceasefire took effect at midnight, officials said.", "en"},
		{"Tonight, storms could bring hail.", "en"},
		{"Prices rose 4% last year.", "en"},
		{"tomorrow morning", "en"},
		{"three weeks ago", "en"},
		{"Friday evening", "en"},
		{"Mardi soir, les manifestants ont bloqué un pont.", "fr"},
		{"Il y a deux jours, un séisme a frappé Izmir.", "fr"},
		{"Hier matin, la Bourse a ouvert en baisse.", "fr"},
		{"Trois semaines plus tard, il démissionnait.", "fr"},
		{"Samedi dernier, Lyon a battu Nantes.", "fr"},
		{"Un cessez-le-feu est entré en vigueur à minuit.", "fr"},
		{"Rendez-vous jeudi prochain.", "fr"},
		{"la nuit de mardi à mercredi", "fr"},
		{"mi-janvier", "fr"},
		{"demain après-midi", "fr"},
	} {
		if got := languages.Detect(c.text); got != c.want {
			t.Errorf("%q: %s, want %s", c.text, got, c.want)
		}
	}
}

// TestDetect: French and English press copy, the phrase suites'
// sentences of both languages and texts built to tell the two ways of
// reading words apart (capitals beyond ASCII, apostrophes, broken bytes,
// words cut at the 4,096th byte) read as refDetect reads them.
func TestDetect(t *testing.T) {
	texts := []string{
		"Le gouvernement a annoncé mardi que la réforme serait votée.",
		"The government said on Tuesday that the reform was adopted.",
		"Police said the two men were arrested late on Friday near the border.",
		"The talks are expected to resume next week in Geneva, officials told reporters.",
		"ÉTÉ ÉTÉ ÉTÉ the the", "Été, été ; THE THE", "l'été et l'an dernier, the", "À LA UNE",
		"the\xffthe\xff\xfeLE LE LE", "İN İN THE", "ǅU ǅU the", "le" + strings.Repeat("x", 4094) + "the the",
		strings.Repeat("of the ", 584) + "été été", "",
		"× le × ÷÷÷ the", "«\u00a0le\u00a0» the ’ le’the", "le×the÷the", "ÀÖØöøÿĀſ the le", "\u00d7", "the \xc3", "« « « × × ÷ the",
	}
	for _, f := range []string{"../../../shared/eval/ftib_dev.jsonl", "../../../shared/eval/chrono_en.jsonl", "../../../shared/eval/recognizers_en.jsonl",
		"../../../shared/eval/recognizers_fr.jsonl", "../../../shared/eval/chrono_fr.jsonl"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, l := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
			var d struct{ Text, Input string }
			if err := json.Unmarshal([]byte(l), &d); err != nil {
				t.Fatal(err)
			}
			texts = append(texts, d.Text+d.Input)
		}
	}
	langs := map[string]int{}
	for _, text := range texts {
		got, want := languages.Detect(text), refDetect(text)
		if got != want {
			t.Errorf("%.60q: %s, read word by word %s", text, got, want)
		}
		langs[got]++
	}
	if langs["fr"] < 5 || langs["en"] < 5 {
		t.Errorf("languages found: %v", langs)
	}
}

// FuzzDetect: any text reads as refDetect reads it.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{"Le 5 janvier, the", "ÉTÉ l'été THE", "a\xffa\xc3", "İİ the ǅU", strings.Repeat("é", 2050) + "the"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := languages.Detect(text), refDetect(text); got != want {
			t.Errorf("%q: %s, read word by word %s", text, got, want)
		}
	})
}

// BenchmarkDetect: the language of each line of the shared benchmark
// file (1 MB of French news, a line an article), as frise tag --jsonl
// detects it for articles that do not say theirs.
func BenchmarkDetect(b *testing.B) {
	raw, err := os.ReadFile("../../../shared/bench/bench_fr.txt")
	if err != nil {
		b.Skipf("benchmark file not found: %v", err)
	}
	lines := strings.Split(string(raw), "\n")
	b.SetBytes(int64(len(raw)))
	for range b.N {
		for _, l := range lines {
			if languages.Detect(l) != "fr" && len(l) > 200 {
				b.Fatalf("%q: not French", l[:80])
			}
		}
	}
}

// TestForPage: a page speaks the registered language its tag starts
// with, and any other tag, or none, the first registered (French).
func TestForPage(t *testing.T) {
	for tag, want := range map[string]string{"fr": "fr", "en": "en", "en-GB": "en", "fr-CA": "fr", "de": "fr", "": "fr"} {
		l := languages.ForPage(tag)
		if l.Tag != want || l.Page == nil {
			t.Errorf("ForPage(%q) = %q (words: %v), want %q", tag, l.Tag, l.Page != nil, want)
		}
	}
}
