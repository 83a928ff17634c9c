package timeline_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"frise/timeline"
	"frise/timeline/en"
	"frise/timeline/fr"
	"frise/timeline/lang"
	"frise/timeline/languages"
)

// split is how frise cuts every article: with the words of every
// language it reads.
var split = languages.Split()

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two", "Il pleut. Il vente.", []string{"Il pleut.", "Il vente."}},
		{"abbreviation", "M. Dujarric a parlé. Mme Psaki aussi.", []string{"M. Dujarric a parlé.", "Mme Psaki aussi."}},
		{"thousands", "Quelque 5.000 personnes ont défilé. Puis rien.", []string{"Quelque 5.000 personnes ont défilé.", "Puis rien."}},
		{"no space", "état d'urgence.Les troubles ont éclaté.", []string{"état d'urgence.", "Les troubles ont éclaté."}},
		{"guillemets", "Il a dit: « C'est fini. Nous partons. » Puis il est parti.", []string{"Il a dit: « C'est fini. Nous partons. »", "Puis il est parti."}},
		{"quotes", `Elle a dit "Stop. Assez." hier. Fin.`, []string{`Elle a dit "Stop. Assez." hier.`, "Fin."}},
		{"quote then lower", "« Nous resterons. » a-t-il ajouté.", []string{"« Nous resterons. » a-t-il ajouté."}},
		{"initial", "Selon J. Biden, rien. Fin.", []string{"Selon J. Biden, rien.", "Fin."}},
		{"lines", "Titre\nLe corps. Suite", []string{"Titre", "Le corps.", "Suite"}},
		{"question", "Pourquoi? Parce que.", []string{"Pourquoi?", "Parce que."}},
		{"lower after point", "voir p. 12 et fig. suivante.", []string{"voir p. 12 et fig. suivante."}},
		{"unclosed quote", "« Ouvert. Rien.", []string{"« Ouvert.", "Rien."}},
		{"empty", "  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range timeline.Sentences(tt.text, split) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestClauses(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		marks []string
		want  []string
	}{
		{"avant de",
			"Les troubles ont éclaté dimanche à Zhanaozen avant de s'étendre dans la nuit de mardi à mercredi à Almaty.",
			[]string{"dimanche", "dans la nuit de mardi à mercredi"},
			[]string{"Les troubles ont éclaté dimanche à Zhanaozen", "avant de s'étendre dans la nuit de mardi à mercredi à Almaty."}},
		{"semicolon",
			"Mardi, la police a chargé; mercredi, le calme est revenu.",
			[]string{"Mardi", "mercredi"},
			[]string{"Mardi, la police a chargé", "mercredi, le calme est revenu."}},
		{"et",
			"Il est arrivé lundi, a parlé longtemps et est reparti jeudi.",
			[]string{"lundi", "jeudi"},
			[]string{"Il est arrivé lundi, a parlé longtemps", "et est reparti jeudi."}},
		{"one", "Il est arrivé lundi.", []string{"lundi"}, []string{"Il est arrivé lundi."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sent := timeline.Span{Start: 0, End: len(tt.text)}
			var marks []timeline.Span
			from := 0
			for _, m := range tt.marks {
				k := indexFrom(tt.text, m, from)
				marks = append(marks, timeline.Span{Start: k, End: k + len(m)})
				from = k + len(m)
			}
			var got []string
			for _, c := range timeline.Clauses(tt.text, sent, marks, split) {
				got = append(got, tt.text[c.Start:c.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func indexFrom(s, sub string, from int) int {
	for i := from; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	panic("no " + sub)
}

// TestSentencesBounded: text with no full stop for pages is cut into
// sentences of at most MaxSentence bytes, keeping every word.
func TestSentencesBounded(t *testing.T) {
	text := strings.Repeat("mardi, ", 5000)
	n := 0
	for _, s := range timeline.Sentences(text, split) {
		if s.Len() > timeline.MaxSentence {
			t.Fatalf("sentence of %d bytes", s.Len())
		}
		n += strings.Count(text[s.Start:s.End], "mardi")
	}
	if n != 5000 {
		t.Errorf("%d words kept, want 5000", n)
	}
	// Bytes that are no UTF-8, where no rune starts to cut at, are cut all
	// the same (they hung the cutting loop: found by FuzzSentencesAsWritten).
	junk := "@" + strings.Repeat("\xa9", 4000)
	total := 0
	for _, s := range timeline.Sentences(junk, split) {
		if s.Len() > timeline.MaxSentence {
			t.Fatalf("piece of %d bytes", s.Len())
		}
		total += s.Len()
	}
	if total != len(junk) {
		t.Errorf("%d bytes kept of %d", total, len(junk))
	}
}

// TestSentencesAsWritten: on real news and the benchmark text, Sentences
// cuts where RefSentences, reading every rune, does.
func TestSentencesAsWritten(t *testing.T) {
	texts := []string{"« Nous partons. » Puis il est parti. \"C'est fini.\" Enfin… rien. M. Dupont a dit “oui.” Non ?\nFin"}
	for _, f := range []string{"../../shared/eval/ftib_dev.jsonl", "../../shared/bench/bench_fr.txt"} {
		if raw, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(raw[:min(len(raw), 300_000)]))
		}
	}
	for _, text := range texts {
		got, want := timeline.Sentences(text, split), timeline.RefSentences(text, split)
		if !slices.Equal(got, want) {
			t.Errorf("%d sentences, read rune by rune %d", len(got), len(want))
		}
		if len(got) < 5 {
			t.Errorf("%d sentences in %d bytes", len(got), len(text))
		}
	}
}

// FuzzSentencesAsWritten: on any text, Sentences cuts where RefSentences,
// reading every rune, does.
func FuzzSentencesAsWritten(f *testing.F) {
	for _, s := range []string{"« Nous partons. » Puis il est parti.", "\"C'est fini.\" Enfin… rien.", "a“b.”C d", "x.\ny! Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := timeline.Sentences(text, split), timeline.RefSentences(text, split); !slices.Equal(got, want) {
			t.Fatalf("%q: %v, read rune by rune %v", text, got, want)
		}
	})
}

// TestSplitIsTheLanguages: the words that keep a sentence whole and that
// open a clause are each language's own (lang.Language's Abbreviations and
// Connectives): one language's split reads its own, not the other's, and
// the registry's reads both.
func TestSplitIsTheLanguages(t *testing.T) {
	frOnly, enOnly := lang.SplitOf(fr.Language()), lang.SplitOf(en.Language())
	tests := []struct {
		text, mark1, mark2 string
		split              lang.Split
		sentences          int
		clause1            string
	}{
		{"M. Durand est arrivé lundi puis il est reparti jeudi.", "lundi", "jeudi", frOnly, 1, "M. Durand est arrivé lundi"},
		{"Gén. Durand est arrivé lundi puis il est reparti jeudi.", "lundi", "jeudi", enOnly, 2, ""},
		{"Mr. Hale arrived on Monday then he left on Thursday.", "Monday", "Thursday", enOnly, 1, "Mr. Hale arrived on Monday"},
		{"Mr. Hale arrived on Monday then he left on Thursday.", "Monday", "Thursday", frOnly, 2, ""},
		{"M. Durand told Mr. Hale on Monday then left on Thursday.", "Monday", "Thursday", split, 1, "M. Durand told Mr. Hale on Monday"},
	}
	for _, tt := range tests {
		sents := timeline.Sentences(tt.text, tt.split)
		if len(sents) != tt.sentences {
			t.Errorf("%q: %d sentences, want %d", tt.text, len(sents), tt.sentences)
			continue
		}
		if tt.sentences != 1 {
			continue
		}
		a, b := strings.Index(tt.text, tt.mark1), strings.Index(tt.text, tt.mark2)
		marks := []timeline.Span{{Start: a, End: a + len(tt.mark1)}, {Start: b, End: b + len(tt.mark2)}}
		cs := timeline.Clauses(tt.text, sents[0], marks, tt.split)
		if got := tt.text[cs[0].Start:cs[0].End]; got != tt.clause1 {
			t.Errorf("%q: first clause %q, want %q", tt.text, got, tt.clause1)
		}
	}
	// With no language's words, a clause is cut at the middle.
	text := "M. Durand est arrivé lundi puis il est reparti jeudi."
	a, b := strings.Index(text, "lundi"), strings.Index(text, "jeudi")
	cs := timeline.Clauses(text, timeline.Span{Start: 0, End: len(text)}, []timeline.Span{{Start: a, End: a + 5}, {Start: b, End: b + 5}}, lang.Split{})
	if got := text[cs[0].Start:cs[0].End]; got == "M. Durand est arrivé lundi" {
		t.Errorf("no connectives, yet cut at one: %q", got)
	}
}
