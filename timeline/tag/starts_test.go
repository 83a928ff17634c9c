package tag

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/olebedev/when/rules"

	"frise/timeline"
	"frise/timeline/en"
	"frise/timeline/expr"
	"frise/timeline/fr"
	"frise/timeline/tag/internal/match"
)

// TestStartsChangeNothing: trying the rules only at the words that can
// open their phrases, only where the automaton says a match can begin,
// reading captures with the submatcher, and remembering what they found in
// the same words, finds what running Go's regexps at every word near a
// trigger finds, on real French and English text.
func TestStartsChangeNothing(t *testing.T) {
	var texts []string
	if raw, err := os.ReadFile("../../../shared/bench/bench_fr.txt"); err == nil {
		texts = append(texts, strings.Split(string(raw[:min(len(raw), 200_000)]), "\n")...)
	}
	// Real news, each phrase met once: what the memos do not know yet is
	// matched only if it can be picked.
	if raw, err := os.ReadFile("../../../shared/eval/ftib_dev.jsonl"); err == nil {
		for _, l := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
			var d struct{ Text string }
			if err := json.Unmarshal([]byte(l), &d); err != nil {
				t.Fatal(err)
			}
			texts = append(texts, d.Text)
		}
	}
	texts = append(texts, "Le 5 janv. 2022 à 14h30, puis du 2 au 5 février, 05/01/2022, en 2021, mardi 4, "+
		"il y a trois jours, pendant deux semaines, la nuit de mardi à mercredi, à la Toussaint.",
		"On Jan. 5, 2022 at 3pm, three days ago, from 9 to 11 am, last week, 2022-01-05, overnight Tuesday into Wednesday.")
	for name, tg := range map[string]*Tagger{"fr": For(fr.Language()), "en": For(en.Language())} {
		blind := blindOf(tg)
		for _, text := range texts {
			if d := cmp.Diff(blind.TagText(text), tg.TagText(text)); d != "" {
				t.Fatalf("%s: %q (-every word +filtered):\n%s", name, text, d)
			}
		}
	}
}

// blindOf is tg without its automaton and with every rule tried at every
// word near its triggers: what tg must find the same as.
func blindOf(tg *Tagger) *Tagger {
	blind := newTagger(tg.rules, tg.joins.j, false)
	for i := range blind.starts {
		blind.starts[i] = &match.Starts{Any: true}
	}
	blind.opens = match.OpenersOf(blind.starts)
	return blind
}

// hidden is a rule that shows the tagger neither its triggers nor its
// anchored regexp: the tagger scans the whole text with it.
type hidden struct {
	rules.Rule
	m Meaningful
}

func (h hidden) Name() string                          { return h.m.Name() }
func (h hidden) Expr(m *rules.Match) (expr.Expr, bool) { return h.m.Expr(m) }

// TestTriggersLoseNothing: trying each rule only near its trigger words
// finds a phrase wherever scanning the whole text with it finds one: no
// phrase of a rule lacks all its triggers. (Where phrases overlap, the two
// ways may choose differently: scanning goes on after a match, trying
// near triggers tries every word.) Texts: the bench text, the samples and the
// French and English phrase suites of the shared evaluation material.
func TestTriggersLoseNothing(t *testing.T) {
	texts := map[string][]string{}
	if raw, err := os.ReadFile("../../../shared/bench/bench_fr.txt"); err == nil {
		texts["fr"] = strings.Split(string(raw[:min(len(raw), 100_000)]), "\n")
	}
	for _, lang := range []string{"fr", "en"} {
		for _, f := range []string{"chrono_" + lang + ".jsonl", "recognizers_" + lang + ".jsonl", "chrono_" + lang + "_negative.jsonl"} {
			raw, err := os.ReadFile("../../../shared/eval/" + f)
			if err != nil {
				continue
			}
			for _, l := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
				var c struct{ Text string }
				if json.Unmarshal([]byte(l), &c) == nil {
					texts[lang] = append(texts[lang], c.Text)
				}
			}
		}
	}
	if len(texts["en"]) == 0 || len(texts["fr"]) == 0 {
		t.Skip("../shared not found: no texts to compare on")
	}
	for lang, rs := range map[string][]rules.Rule{"fr": fr.All(), "en": en.All()} {
		var scanning []rules.Rule
		for _, r := range rs {
			if m, ok := r.(Meaningful); ok {
				r = hidden{Rule: r, m: m}
			}
			scanning = append(scanning, r)
		}
		near, all := New(rs...), New(scanning...)
		for _, text := range texts[lang] {
			found := near.TagText(text)
			for _, m := range all.TagText(text) {
				if !slices.ContainsFunc(found, func(n timeline.Mention) bool { return n.Span.Overlaps(m.Span) }) {
					t.Errorf("%s: %q: %q (%s) found by scanning, not near its triggers", lang, text, m.Text, m.Rule)
				}
			}
		}
	}
}
