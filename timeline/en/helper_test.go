package en

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"frise/timeline"
	"frise/timeline/fr"
	"frise/timeline/lang"
	"frise/timeline/rule"
	"frise/timeline/tag"
)

// tcase is one phrase in a sentence: the rule under test must find phrase
// in text and, against the article date (2022-01-05, a Wednesday, when
// date is ""), resolve it to timex. timex "-" means: no mention at all.
type tcase struct {
	text, phrase, timex string
	date                string
	interval            string // "2021-09-01T00:00/2022-01-01T00:00", when given
}

// run tags each case with the whole French grammar, so that priorities
// between rules are tested too, and checks the mention the rule r made.
func run(t *testing.T, r *rule.Rule, cases []tcase) {
	t.Helper()
	tg := tagger()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			date := tc.date
			if date == "" {
				date = "2022-01-05"
			}
			a, err := timeline.NewArticle("t", date, tc.text, nil)
			if err != nil {
				t.Fatal(err)
			}
			ms, err := tg.Tag(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: tensesOnly})
			if tc.timex == "-" {
				for _, m := range ms {
					if strings.Contains(tc.phrase, m.Text) || strings.Contains(m.Text, tc.phrase) {
						t.Errorf("found %q (%s) in %q, want nothing", m.Text, m.Rule, tc.text)
					}
				}
				return
			}
			for _, m := range ms {
				if m.Text != tc.phrase {
					continue
				}
				// A phrase joined from two ("the fourth Thursday" + "2021")
				// is read by both rules.
				if !slices.Contains(strings.Split(m.Rule, "+"), r.Name()) {
					t.Errorf("%q read by %s, want %s", m.Text, m.Rule, r.Name())
				}
				if m.Value.Timex != tc.timex {
					t.Errorf("%q = %q, want %q", m.Text, m.Value.Timex, tc.timex)
				}
				const f = "2006-01-02T15:04"
				if got := m.Value.From.Format(f) + "/" + m.Value.To.Format(f); tc.interval != "" && got != tc.interval {
					t.Errorf("%q covers %s, want %s", m.Text, got, tc.interval)
				}
				if tc.text[m.Span.Start:m.Span.End] != m.Text {
					t.Errorf("span %v does not hold %q", m.Span, m.Text)
				}
				return
			}
			var got []string
			for _, m := range ms {
				got = append(got, m.Text+" ("+m.Rule+")")
			}
			t.Errorf("no mention %q in %q; got %q", tc.phrase, tc.text, got)
		})
	}
}

// tagger is the whole grammar's tagger, built once for all the rule
// tests: building one compiles every rule (tens of milliseconds), and its
// automaton learns its states as texts come, which the tests share.
var tagger = sync.OnceValue(func() *tag.Tagger { return tag.For(Language()) })

// tenseLang holds the registered languages' tense cues, in the
// registry's order, and no other cue.
var tenseLang = lang.Language{Tenses: lang.TensesOf(fr.Language(), Language())}

// tensesOnly gives every article tenseLang: the phrases resolve with the
// tense of their clause and nothing else of any language.
func tensesOnly(string) *lang.Language { return &tenseLang }
