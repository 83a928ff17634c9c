package timeline

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"frise/timeline/expr"
	"frise/timeline/lang"
)

// words are an article's words, read once for extraction: where each is,
// in lower case, and which of its language's lists of cue words it is on
// (lang.CueKind). Every reader of a clause's cues (its report, its tense,
// its coordinators, its plans) walked the clause's words anew, each word
// lowered again and looked up in every list it might be on: half of
// frise extract's CPU. A span's words are read from here as eachWord
// reads them (see each).
type words struct {
	text string
	l    *lang.Language
	cues *lang.CueIndex
	toks []token
}

// token is one word of the text: a longest run of letters and hyphens
// (isWordRune), as nextWord reads it.
type token struct {
	start, end int
	low        string
	kind       lang.CueKind
	// stop: a stop that ends a clause (nextWord's: ". ; ! ?" but an
	// abbreviation's point or a decimal one) stands between the word
	// before and this one.
	stop bool
	// tense is tenseOf this word and the next (nextWord's), plus one; 0
	// until read.
	tense int8
}

// readWords reads the words of text, in the language l.
func readWords(text string, l *lang.Language) *words {
	ws := &words{text: text, l: l, cues: l.Cues}
	if ws.cues == nil {
		ws.cues = lang.IndexOf(l)
	}
	ws.toks = make([]token, 0, len(text)/6)
	lowered, whole := lowerText(text)
	stop := false
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if !wordByte[c] {
				if isStop(rune(c)) && !abbreviation(text, i) {
					stop = true
				}
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !unicode.IsLetter(r) {
			i += size
			continue
		}
		start := i
		i = wordEnd(text, i)
		var low string
		if whole {
			low = lowered[start:i]
		} else {
			low = Lower(text[start:i])
		}
		ws.toks = append(ws.toks, token{start: start, end: i, low: low, kind: ws.cues.Kind(low), stop: stop})
		stop = false
	}
	return ws
}

// word is a word of a span as eachWord reads it: in lower case, where it
// is, its kinds, and its token (-1 when the span is cut inside a rune:
// the word is then read as eachWord reads it).
type word struct {
	low  string
	at   Span
	kind lang.CueKind
	tok  int
}

// each calls f with every word of span s outside quotations, in order,
// until f returns false: the words eachWord reads, those at the span's
// ends cut by it.
func (ws *words) each(s Span, quoted []Span, f func(w word) bool) {
	if s.Start >= s.End {
		return
	}
	if !ws.inRunes(s) {
		eachWord(ws.text, s, quoted, func(w string, at Span) bool {
			lw := Lower(w)
			return f(word{low: lw, at: at, kind: ws.cues.Kind(lw), tok: -1})
		})
		return
	}
	for k := ws.first(s.Start); k < len(ws.toks); k++ {
		if ws.toks[k].start >= s.End {
			return
		}
		w := ws.wordOf(k, s)
		if inSpans(quoted, w.at.Start) {
			continue
		}
		if !f(w) {
			return
		}
	}
}

// eachOf is each, calling f only with the words of a kind of kinds: the
// others are passed over without being made words.
func (ws *words) eachOf(s Span, quoted []Span, kinds lang.CueKind, f func(w word) bool) {
	if s.Start >= s.End {
		return
	}
	if !ws.inRunes(s) {
		ws.each(s, quoted, func(w word) bool { return w.kind&kinds == 0 || f(w) })
		return
	}
	for k := ws.first(s.Start); k < len(ws.toks); k++ {
		t := &ws.toks[k]
		if t.start >= s.End {
			return
		}
		if t.kind&kinds == 0 && t.start >= s.Start && t.end <= s.End {
			continue
		}
		w := ws.wordOf(k, s)
		if w.kind&kinds == 0 || inSpans(quoted, w.at.Start) {
			continue
		}
		if !f(w) {
			return
		}
	}
}

// inRunes reports whether span s starts and ends at rune starts: only
// then are its words the tokens it overlaps, cut at its ends.
func (ws *words) inRunes(s Span) bool {
	text := ws.text
	return (s.Start >= len(text) || utf8.RuneStart(text[s.Start])) && (s.End >= len(text) || utf8.RuneStart(text[s.End]))
}

// wordOf is token k as a word of span s, which it overlaps: cut at the
// span's ends.
func (ws *words) wordOf(k int, s Span) word {
	t := &ws.toks[k]
	w := word{low: t.low, at: Span{t.start, t.end}, kind: t.kind, tok: k}
	if t.start < s.Start || t.end > s.End {
		w.at = Span{max(t.start, s.Start), min(t.end, s.End)}
		w.low = Lower(ws.text[w.at.Start:w.at.End])
		w.kind = ws.cues.Kind(w.low)
	}
	return w
}

// next returns the word after w that nextWord(text[:end], w.at.End)
// reads, in lower case, and its token (-1: no word, or one read anew).
func (ws *words) next(w word, end int) (string, int) {
	if k := w.tok; k >= 0 && w.at.End == ws.toks[k].end {
		if k+1 == len(ws.toks) || ws.toks[k+1].start >= end {
			return "", -1
		}
		if n := &ws.toks[k+1]; n.end <= end {
			if n.stop {
				return "", -1
			}
			return n.low, k + 1
		}
	}
	n, _, _ := nextWord(ws.text[:end], w.at.End)
	return Lower(n), -1
}

// tense is tenseOf(l, w, the word after it up to end, see next).
func (ws *words) tense(w word, end int) expr.Direction {
	if ws.l.Tense == nil {
		return expr.DirAuto
	}
	next, k := ws.next(w, end)
	if k < 0 || w.at.Start != ws.toks[w.tok].start {
		return ws.l.Tense(w.low, next)
	}
	t := &ws.toks[w.tok]
	if t.tense == 0 {
		t.tense = int8(ws.l.Tense(w.low, next)) + 1
	}
	return expr.Direction(t.tense - 1)
}

// habitPair reports whether w and the word after it up to end are one of
// the language's HabitualPairs ("used to", "known for").
func (ws *words) habitPair(w word, end int) bool {
	if w.kind&lang.CuePairStart == 0 {
		return false
	}
	next, _ := ws.next(w, end)
	n := len(w.low)
	for _, p := range ws.l.HabitualPairs {
		if len(p) > n && p[n] == ' ' && p[:n] == w.low && p[n+1:] == next {
			return true
		}
	}
	return false
}

// first is the first token that ends after at.
func (ws *words) first(at int) int {
	lo, hi := 0, len(ws.toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ws.toks[m].end > at {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// any reports whether a word of span s (each's) is of a kind of kinds.
func (ws *words) any(s Span, kinds lang.CueKind) bool {
	text := ws.text
	if s.Start >= s.End {
		return false
	}
	if !ws.inRunes(s) {
		found := false
		ws.each(s, nil, func(w word) bool {
			found = w.kind&kinds != 0
			return !found
		})
		return found
	}
	for k := ws.first(s.Start); k < len(ws.toks); k++ {
		t := &ws.toks[k]
		if t.start >= s.End {
			return false
		}
		kind := t.kind
		if t.start < s.Start || t.end > s.End {
			kind = ws.cues.Kind(Lower(text[max(t.start, s.Start):min(t.end, s.End)]))
		}
		if kind&kinds != 0 {
			return true
		}
	}
	return false
}

// lowerText is text in lower case (Lower's), and whether each of its
// runes is as long in lower case as it was: then Lower(text[i:j]) is
// lowered[i:j] for any i, j at rune starts, one string for all the words
// of an article rather than one for each word with a capital.
func lowerText(text string) (lowered string, whole bool) {
	b := make([]byte, len(text))
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		lr := LowerRune(r)
		if r == utf8.RuneError && size == 1 || utf8.RuneLen(lr) != size {
			return "", false // a broken byte (Lower writes U+FFFD), or a rune whose lower case is not as long
		}
		utf8.EncodeRune(b[i:], lr)
		i += size
	}
	return string(b), true
}

// detacherIn reports whether a detacher of several words may stand in
// span s (each's words): a word that is the first word of one, then a
// word that starts with its second (the detacher may end within it).
func (ws *words) detacherIn(s Span) bool {
	if s.Start >= s.End {
		return false
	}
	var seconds []string // of the word before
	follows := func(w word) bool {
		for _, second := range seconds {
			if strings.HasPrefix(w.low, second) {
				return true
			}
		}
		seconds = nil
		if w.kind&lang.CueDetacherStart != 0 {
			seconds = ws.cues.DetacherSeconds(w.low)
			return slices.Contains(seconds, "") // one word and blanks
		}
		return false
	}
	if !ws.inRunes(s) {
		found := false
		ws.each(s, nil, func(w word) bool { found = follows(w); return !found })
		return found
	}
	for k := ws.first(s.Start); k < len(ws.toks); k++ {
		t := &ws.toks[k]
		if t.start >= s.End {
			return false
		}
		if seconds == nil && t.kind&lang.CueDetacherStart == 0 && t.start >= s.Start && t.end <= s.End {
			continue // no word of a detacher, none before it
		}
		if follows(ws.wordOf(k, s)) {
			return true
		}
	}
	return false
}
