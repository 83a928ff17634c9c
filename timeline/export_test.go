package timeline

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"frise/timeline/expr"
	"frise/timeline/lang"
)

// NewResolverLimit is a Resolver whose memos keep at most n values, so
// that tests see them fill and forget.
func NewResolverLimit(n int) *Resolver { return &Resolver{limit: n} }

// RefSentences is Sentences as first written, reading every rune: the
// reference the one that skips bytes must agree with.
func RefSentences(text string, sp lang.Split) []Span {
	quoted := refQuotations(text)
	var out []Span
	start := 0
	q := 0
	emit := func(end int) {
		if s := trimSpan(text, Span{start, end}, " \t\r\n\u00a0\u202f"); s.Len() > 0 {
			out = appendCapped(out, text, s)
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		for q < len(quoted) && quoted[q].End <= i {
			q++
		}
		inQuote := q < len(quoted) && quoted[q].Start < i
		switch {
		case r == '\n':
			emit(i)
			start = i + 1
		case inQuote && i+size == quoted[q].End && endsWithStop(text[quoted[q].Start:i]):
			if end := i + size; sentenceEnds(text, i, '!', end, sp.Abbreviations) {
				emit(end)
				start = end
				i = end
				continue
			}
		case !inQuote && (r == '.' || r == '!' || r == '?' || r == '…'):
			end := i + size
			for end < len(text) && strings.ContainsRune(")]»\"”’'", rune(text[end])) {
				_, s := utf8.DecodeRuneInString(text[end:])
				end += s
			}
			if sentenceEnds(text, i, r, end, sp.Abbreviations) {
				emit(end)
				start = end
				i = end
				continue
			}
		}
		i += size
	}
	emit(len(text))
	return out
}

func refQuotations(text string) []Span {
	var out []Span
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		var closer string
		switch r {
		case '«':
			closer = "»"
		case '“':
			closer = "”"
		case '"':
			closer = `"`
		}
		if closer == "" {
			i += size
			continue
		}
		limit := min(len(text), i+size+maxQuote)
		k := strings.Index(text[i+size:limit], closer)
		if k < 0 {
			i += size
			continue
		}
		end := i + size + k + len(closer)
		out = append(out, Span{i, end})
		i = end
	}
	return out
}

// WordsAsRead checks that the words an article is read into once
// (readWords) give, on every span of text from and to each of its rune
// starts and bytes (quotations skipped or not), what eachWord, Lower,
// nextWord and the language's lists give reading the span anew; nil when
// they agree everywhere.
func WordsAsRead(text string, l *lang.Language) error {
	ws := readWords(text, l)
	quoted := quotations(text)
	type got struct {
		low      string
		at       Span
		kind     lang.CueKind
		next     string
		tense    expr.Direction
		pair     bool
		nextFar  string
		tenseFar expr.Direction
	}
	ref := func(w string, at Span, end int) got {
		lw := Lower(w)
		var k lang.CueKind
		for kind, list := range map[lang.CueKind]map[string]bool{lang.CueReporting: l.Reporting, lang.CueComplementizer: l.Complementizers,
			lang.CueHabitual: l.Habitual, lang.CuePluperfect: l.Pluperfect, lang.CueCoordinator: l.Coordinators,
			lang.CueIntends: l.Intends, lang.CueInfinitive: l.Infinitives} {
			if list[lw] {
				k |= kind
			}
		}
		g := got{low: lw, at: at, kind: k}
		n, _, _ := nextWord(text[:end], at.End)
		g.next = Lower(n)
		g.tense = tenseOf(l, lw, g.next)
		for _, p := range l.HabitualPairs {
			if first, second, ok := strings.Cut(p, " "); ok && first == lw && second == g.next {
				g.pair = true
			}
		}
		n, _, _ = nextWord(text, at.End)
		g.nextFar = Lower(n)
		g.tenseFar = tenseOf(l, lw, g.nextFar)
		return g
	}
	const kinds = lang.CueReporting | lang.CueComplementizer | lang.CueHabitual | lang.CuePluperfect | lang.CueCoordinator |
		lang.CueIntends | lang.CueInfinitive
	for i := 0; i <= len(text); i++ {
		for j := i; j <= len(text); j++ {
			for _, q := range [][]Span{nil, quoted} {
				s := Span{i, j}
				var want, have []got
				eachWord(text, s, q, func(w string, at Span) bool {
					want = append(want, ref(w, at, s.End))
					return true
				})
				ws.each(s, q, func(w word) bool {
					n, _ := ws.next(w, s.End)
					nf, _ := ws.next(w, len(text))
					have = append(have, got{low: w.low, at: w.at, kind: w.kind & kinds, next: n, tense: ws.tense(w, s.End),
						pair: ws.habitPair(w, s.End), nextFar: nf, tenseFar: ws.tense(w, len(text))})
					return true
				})
				if !slices.Equal(want, have) {
					return fmt.Errorf("%q [%d:%d] quoted %v: read once %+v, anew %+v", text, i, j, q != nil, have, want)
				}
				if got, want := ws.readCues(s, q), refReadCues(text, s, q, l); got != want {
					return fmt.Errorf("%q [%d:%d] quoted %v: cues read once %+v, anew %+v", text, i, j, q != nil, got, want)
				}
			}
		}
	}
	// The comparisons and subordinators looked for only after their
	// first word: as when looked for everywhere (an index that filters
	// nothing).
	all := *ws
	all.cues = nil
	for i := 0; i <= len(text); i++ {
		continues := false
		for _, k := range l.Continuers {
			continues = continues || hasWordPrefix(Lower(strings.TrimLeft(text[i:], " \"'«“-—")), k)
		}
		if got := ws.continues(Span{i, len(text)}); got != continues {
			return fmt.Errorf("%q: continues from %d: %v, read whole %v", text, i, got, continues)
		}
		if got, want := comparedOver(ws, Span{i, i}), comparedOver(&all, Span{i, i}); got != want {
			return fmt.Errorf("%q: compared over before %d: %v, looked for everywhere %v", text, i, got, want)
		}
		for j := i; j <= len(text); j++ {
			sent, m := Span{i, len(text)}, Span{j, j}
			if got, want := subordinateAt(ws, sent, m, quoted), subordinateAt(&all, sent, m, quoted); got != want {
				return fmt.Errorf("%q: subordinate from %d to %d: %v, looked for everywhere %v", text, i, j, got, want)
			}
		}
	}
	return nil
}

// refReadCues is readCues as first written: every word of the span read
// anew, lowered and looked up in each list.
func refReadCues(text string, sent Span, quoted []Span, l *lang.Language) cues {
	var c cues
	if l == neutral {
		return c
	}
	low := Lower(strings.TrimLeft(text[sent.Start:sent.End], " \"'«“-—"))
	for _, k := range l.Continuers {
		if hasWordPrefix(low, k) {
			c.continues = true
			break
		}
	}
	eachWord(text, sent, quoted, func(w string, at Span) bool {
		lw := Lower(w)
		c.reports = c.reports || l.Reporting[lw]
		c.habit = c.habit || l.Habitual[lw]
		for _, p := range l.HabitualPairs {
			if first, second, ok := strings.Cut(p, " "); ok && first == lw {
				if next, _, _ := nextWord(text[:sent.End], at.End); Lower(next) == second {
					c.trait = true
					return true // "used to work": no tense of its own
				}
			}
		}
		if c.tense == expr.DirAuto {
			next, _, _ := nextWord(text[:sent.End], at.End)
			c.tense = tenseOf(l, lw, Lower(next))
			c.stepsBack = c.tense == expr.DirPast && l.Pluperfect[lw]
		}
		return true
	})
	return c
}

// LastBreak is lastBreak.
func LastBreak(s, marks string) int { return lastBreak(s, marks) }
