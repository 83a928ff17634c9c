package timeline_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"frise/timeline"
	"frise/timeline/en"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// FuzzArticles: the reader never panics, and what it returns is valid:
// UTF-8 text, a date whose interval is not empty, errors with a line.
func FuzzArticles(f *testing.F) {
	for _, s := range []string{
		"date 2022-01 Les troubles ont éclaté dimanche. (Belga)\n",
		"  date 2022-01-05T14:30:00+06:00 Il est venu hier.\ndate 2022 x\n",
		"date 2022-01-05\nLe corps\nsur deux lignes.\n",
		"date 2022-13 hier\ndate\n\ndate 2022-02-30 hier\n",
		"<html><body>date 2022-01-05 hier</body></html>",
		"date 2022-01-05 caf\xe9\x00\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for a, err := range timeline.Articles("fuzz", bytes.NewReader(data), timeline.ReadOptions{MaxBytes: 1 << 16}) {
			if err != nil {
				var pe *timeline.ParseError
				if !errors.As(err, &pe) || pe.Pos.Line < 1 {
					t.Fatalf("error without a line: %v", err)
				}
				continue
			}
			if !utf8.ValidString(a.Text) {
				t.Fatalf("article text is not UTF-8: %q", a.Text)
			}
			if !a.Date.From.Before(a.Date.To) {
				t.Fatalf("article date %v is empty", a.Date)
			}
		}
	})
}

// FuzzJSONLArticles: the JSONL decoder, with its options (a size bound,
// a zone), never panics, reads no line twice, and what it returns is
// valid: errors at a line, UTF-8 text no longer than the line allows, a
// date of years 0001-9999 whose interval is not empty, an id.
func FuzzJSONLArticles(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","date":"2022-01-05","text":"Mardi soir, des tirs.","lang":"fr","title":"Tirs"}` + "\n",
		`{"id":"b","date":"2022-01-05T14:30:00+06:00","text":"Il est venu hier. (AFP)","source":"AFP","url":"https://x.example/a"}` + "\n\n" + `{"date":"0000-01-05","text":"x"}`,
		`{"id":"c","date":"2022-13","text":"x"}` + "\n" + `{"id":"c","date":"2022","text":"caf\u00e9\u0000"}` + "\n" + `not json` + "\n",
		`{"id":"d","date":"9999-12-31","text":"` + strings.Repeat("demain ", 40) + `"}`,
		"\x00\x00\x00\x00\x00\x00\x00\x00",
	} {
		f.Add([]byte(s), uint16(64), int16(0))
		f.Add([]byte(s), uint16(4096), int16(-300))
	}
	f.Fuzz(func(t *testing.T, data []byte, maxBytes uint16, offset int16) {
		opt := timeline.ReadOptions{MaxBytes: int(maxBytes), Location: time.FixedZone("fuzz", int(offset%(14*60))*60)}
		lines := bytes.Count(data, []byte("\n")) + 1
		n, lastLine := 0, 0
		for a, err := range timeline.JSONLArticles("fuzz.jsonl", bytes.NewReader(data), opt) {
			n++
			if n > lines {
				t.Fatalf("%d articles or errors from %d lines", n, lines)
			}
			if err != nil {
				var pe *timeline.ParseError
				if !errors.As(err, &pe) || pe.Pos.Line < 1 || pe.Pos.Line > lines {
					t.Fatalf("error without a line of the input: %v", err)
				}
				continue
			}
			line := a.Position(0).Line
			if line <= lastLine || line > lines {
				t.Fatalf("article at line %d after line %d, of %d", line, lastLine, lines)
			}
			lastLine = line
			if a.ID == "" {
				t.Fatal("article without an id")
			}
			if !utf8.ValidString(a.Text) || len(a.Text) > 3*len(data) {
				t.Fatalf("article text is not UTF-8, or longer than the input: %q", a.Text)
			}
			if !a.Date.From.Before(a.Date.To) || a.Date.From.Year() < 1 || a.Date.From.Year() > 9999 {
				t.Fatalf("article date %v: empty, or outside the years 0001-9999", a.Date)
			}
		}
	})
}

var fuzzTaggers = map[string]*tag.Tagger{"fr": tag.For(fr.Language()), "en": tag.For(en.Language())}

// FuzzTagResolve: phrases sit inside the text on rune boundaries and are
// the text they say; values are intervals; the story's day stays within
// what the article date allows; events point at real sentences.
func FuzzTagResolve(f *testing.F) {
	for _, s := range []struct{ text, date string }{
		{"Les troubles ont éclaté dimanche avant de s'étendre dans la nuit de mardi à mercredi.", "2022-01"},
		{"La veille, il avait plu; le lendemain du 13 février, il neigeait vers 3 heures du matin.", "2022-02-15"},
		{"Du 2 au 5 janvier, entre 14h et 16h, il y a trois jours, l'été dernier, chaque lundi.", "2022"},
		{"Protests broke out overnight Tuesday into Wednesday; three days ago, on Jan. 5.", "2022-01-06T10:00:00-05:00"},
		{"mardi mardi mardi 5.000 personnes, mardi gras, 29 février 2014, 2024-13-01", "2013-08"},
		{"Au cours des neuf premiers mois de 2021, par rapport à la même période de l'année précédente, du 28/12 au 3/01/2022, de 2015 à aujourd'hui.", "2022-01-12"},
		{"From 3:30 to 5:55 on Jan. 4; two hours later; Labor Day weekend; twice a week; le week-end de la Toussaint, deux heures et demie.", "2022-01-12T10:00:00Z"},
		{"L'inquiétude progresse par rapport à celle du 12 octobre dernier, lorsque 41 % se disaient inquiets. Le préfet a annoncé mardi que la base fermera.", "2024-02-10"},
		{"The new terminal, the minister said, will open next spring. The plant, which employs 250 people, makes parts and the site will reopen.", "2024-05-22"},
		{"Venu saluer les soldats, avant de quitter son poste le 1er décembre, le général a inspecté hier matin la base. Il a dit : « Nous déciderons demain. »", "2023-11-18"},
		{"In reply to critics saying that the ruling came too late, the judge said that it had lasted, but defended it. They said that it was Jobs who decided even though they had known a year ago. She joined in 1981 and later chaired it; he is known for it. The board decided on Thursday to close it.", "2024-09-20"},
		{"Le syndicat a soutenu que le quota avait violé sa licence, mais a défendu les chiffres. Même si le port a rouvert vendredi matin, ils ont gardé leurs navires parce qu'il avait plu lundi. Elle a rejoint la banque en 1981 et plus tard présidé son comité. Le conseil a décidé jeudi de nommer un successeur.", "2024-09-20"},
	} {
		f.Add(s.text, s.date)
	}
	f.Fuzz(func(t *testing.T, text, date string) {
		a, err := timeline.NewArticle("fuzz", date, text, time.UTC)
		if err != nil {
			return
		}
		for lang, tg := range fuzzTaggers {
			ms, err := tg.Tag(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range ms {
				s := m.Span
				if s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
					t.Fatalf("%s: span %v outside the text (%d bytes)", lang, s, len(a.Text))
				}
				if !utf8.RuneStart(a.Text[s.Start]) || (s.End < len(a.Text) && !utf8.RuneStart(a.Text[s.End])) {
					t.Fatalf("%s: span %v cuts a character", lang, s)
				}
				if a.Text[s.Start:s.End] != m.Text {
					t.Fatalf("%s: text[%v] = %q, mention says %q", lang, s, a.Text[s.Start:s.End], m.Text)
				}
			}
			ref := timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: tensesOnly})
			for _, m := range ms {
				if m.Value.To.Before(m.Value.From) {
					t.Fatalf("%s: %q resolves to [%v, %v)", lang, m.Text, m.Value.From, m.Value.To)
				}
			}
			if ref.Placed() && (ref.From.Before(a.Date.From.AddDate(0, 0, -7)) || !ref.From.Before(a.Date.To)) {
				t.Fatalf("%s: the story's day [%v, %v) is outside the article date %s", lang, ref.From, ref.To, a.Date.Timex)
			}
			for _, e := range timeline.Extract(a, ms, ref) {
				p := e.Sources[0]
				if a.Text[p.SentenceSpan.Start:p.SentenceSpan.End] != p.Sentence || len(p.Sentence) > timeline.MaxSentence {
					t.Fatalf("%s: event sentence %v is not the text's, or too long", lang, p.SentenceSpan)
				}
			}
			// With the language's cues: every clause lies in its
			// sentence, on rune boundaries, and an undated event has no
			// value.
			for _, e := range timeline.ExtractIn(a, ms, ref, languagesOf(lang)) {
				p := e.Sources[0]
				c, st := p.ClauseSpan, p.SentenceSpan
				if c.Start < st.Start || c.End > st.End || c.Start > c.End {
					t.Fatalf("%s: clause %v outside its sentence %v", lang, c, st)
				}
				if !utf8.RuneStart(a.Text[c.Start]) || (c.End < len(a.Text) && !utf8.RuneStart(a.Text[c.End])) {
					t.Fatalf("%s: clause %v cuts a character", lang, c)
				}
				if e.DatedBy == timeline.Undated && e.Value.Placed() {
					t.Fatalf("%s: undated event %q has a value", lang, e.Clause)
				}
			}
		}
	})
}

// FuzzSentences: sentences and clauses are in order, inside the text, on
// rune boundaries, and bounded.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"M. Dujarric a parlé. Quelque 5.000 personnes «Nous partons. Vite.» a-t-il dit.",
		"urgence.Les troubles ont éclaté dimanche avant de s'étendre mardi; mercredi, rien.",
		strings.Repeat("«", 50) + " hier " + strings.Repeat(",", 3000),
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // article text is valid UTF-8: the reader sees to it
		}
		prev := 0
		for _, s := range timeline.Sentences(text, split) {
			if s.Start < prev || s.End > len(text) || s.Start >= s.End || s.Len() > timeline.MaxSentence {
				t.Fatalf("sentence %v after %d in %d bytes", s, prev, len(text))
			}
			if !utf8.RuneStart(text[s.Start]) || (s.End < len(text) && !utf8.RuneStart(text[s.End])) {
				t.Fatalf("sentence %v cuts a character", s)
			}
			prev = s.End
			// Two marks: the first and last words of the sentence.
			body := text[s.Start:s.End]
			i := strings.IndexByte(body, ' ')
			j := strings.LastIndexByte(body, ' ')
			if i <= 0 || j <= i {
				continue
			}
			marks := []timeline.Span{{Start: s.Start, End: s.Start + i}, {Start: s.Start + j + 1, End: s.End}}
			cprev := s.Start
			for _, c := range timeline.Clauses(text, s, marks, split) {
				if c.Start < cprev || c.End > s.End || c.Start > c.End {
					t.Fatalf("clause %v outside sentence %v", c, s)
				}
				cprev = c.Start
			}
		}
	})
}
