package timeline_test

import (
	"strings"
	"testing"

	"frise/timeline"
	"frise/timeline/lang"
	"frise/timeline/languages"
)

// wordTexts are wire-style sentences, French and English, with what the
// words of a text may hold: capitals and accents, elisions, hyphens,
// abbreviations and decimal points (no stop), quotations, a rune whose
// lower case is longer ("İ"), bytes that are no UTF-8.
var wordTexts = []string{
	"Le préfet a déclaré mardi que le site pourrait rouvrir. Puis la police est intervenue.",
	"« Nous ferons appel », a déclaré le ministre ; l'audience avait duré quatre mois.",
	"ÉTÉ: Elle est connue pour sa discrétion et a décidé d'abandonner le projet, bien qu'il soit tard.",
	"The governor said on Friday that the base would stay open at 10 a.m. (0900 GMT).",
	"Sales rose 1.8 percent compared with the same quarter, and later chaired its audit committee.",
	"He used to teach; \"We will act,\" the mayor said. İstanbul's mid-JULY rally",
	"bad\xffbyte Déclaré\xc3 que\xe2\x80 Said THAT, l’an dernier—puis…",
	"Les ventes ont progressé par rapport à celle du 26 septembre, parce qu'il pleuvait, comparé aux prix d'ici à 2025.",
	"Puis, « ensuite » PEU APRÈS la police est intervenue. — Plus tard. Then; later: soon-after",
	"He used to work there. She was known for it; « Il avait été élu », avait-il dit. They had said",
	"Profit fell even though sales grew compared with the year before, because of rain; by 2014, Although",
}

// TestWordsAsRead: an article's words, read once, are those each clause's
// reader read anew, on every span of these texts.
func TestWordsAsRead(t *testing.T) {
	for _, tag := range []string{"fr", "en"} {
		l, ok := languages.Of(tag)
		if !ok {
			t.Fatalf("no language %s", tag)
		}
		for _, text := range wordTexts {
			if err := timeline.WordsAsRead(text, &l); err != nil {
				t.Error(err)
			}
		}
		// A language built by hand, which the registry did not index.
		bare := l
		bare.Cues = nil
		if err := timeline.WordsAsRead(wordTexts[0], &bare); err != nil {
			t.Error(err)
		}
	}
}

func FuzzWordsAsRead(f *testing.F) {
	for _, s := range wordTexts {
		f.Add(s)
	}
	langs := []lang.Language{}
	for _, tag := range []string{"fr", "en"} {
		l, _ := languages.Of(tag)
		langs = append(langs, l)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 64 {
			return // every span is read: quadratic
		}
		for i := range langs {
			if err := timeline.WordsAsRead(text, &langs[i]); err != nil {
				t.Error(err)
			}
		}
	})
}

// TestLastBreak: lastBreak finds what strings.LastIndexAny finds with the
// dashes, on text with dashes, their bytes broken or alone, and bad UTF-8.
func TestLastBreak(t *testing.T) {
	texts := append([]string{"", "a—b–c", "x\x80\x94", "\xe2\x80\x94\xe2\x80", "\x94\x80\xe2—", "é—,(;:—", "\xe2\xe2\x80\x94z", "—\xff\x80\x94"}, wordTexts...)
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			for _, marks := range []string{",(", ",;:("} {
				if got, want := timeline.LastBreak(s[:i], marks), strings.LastIndexAny(s[:i], marks+"—–"); got != want {
					t.Errorf("lastBreak(%q, %q) = %d, LastIndexAny %d", s[:i], marks, got, want)
				}
			}
		}
	}
}

func FuzzLastBreak(f *testing.F) {
	for _, s := range []string{"a—b–c,", "\xe2\x80\x94\xe2\x80", "é—(;:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := timeline.LastBreak(s, ",;:("), strings.LastIndexAny(s, ",;:(—–"); got != want {
			t.Errorf("lastBreak(%q) = %d, LastIndexAny %d", s, got, want)
		}
	})
}
