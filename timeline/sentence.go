package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"frise/timeline/lang"
)

// maxQuote bounds how far an opening quote protects the text after it from
// sentence breaks: a quote left open by a scraping error must not glue the
// rest of an article into one sentence.
const maxQuote = 1500

// Sentences splits text into sentences, in order, trimmed of spaces, with
// the abbreviations of sp.
//
// A sentence ends at ".", "!", "?" or "…" (with any closing quotes or
// brackets after it) followed by an upper-case letter, a digit or an opening
// quote, with or without a space ("urgence.Les" is scraped copy), and at
// every line break. It does not end after an abbreviation of sp or an initial
// ("M. Dujarric", "J. Biden"), inside a number ("5.000", "3.5"), or inside a
// quotation («…», "…"), where the quoted sentences belong to the one that
// reports them.
func Sentences(text string, sp lang.Split) []Span { return sentences(text, sp, quotations(text)) }

// sentences is Sentences, with the quotations of text.
func sentences(text string, sp lang.Split, quoted []Span) []Span {
	var out []Span
	start := 0
	q := 0
	emit := func(end int) {
		if s := trimSpan(text, Span{start, end}, " \t\r\n\u00a0\u202f"); s.Len() > 0 {
			out = appendCapped(out, text, s)
		}
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && !sentenceByte[c] {
			i++ // most bytes: nothing ends here (a quotation's end is '"' or beyond ASCII)
			continue
		}
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
			// A quotation that ends a sentence of its own: « C'est fini. » Puis…
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

// sentenceByte is the ASCII bytes at which Sentences may end a sentence:
// a line break, a stop, and the quote that may close a quotation.
var sentenceByte = [utf8.RuneSelf]bool{'\n': true, '.': true, '!': true, '?': true, '"': true}

// endsWithStop reports whether s ends with a full stop, spaces aside.
func endsWithStop(s string) bool {
	s = strings.TrimRight(s, " \u00a0\u202f")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// MaxSentence bounds a sentence, in bytes: text with no full stop for
// pages (a scraped list, a table) is cut at a comma or a space before it,
// so that an event never carries a whole page as its sentence.
const MaxSentence = 1500

// appendCapped appends s, cut into pieces of at most MaxSentence bytes.
func appendCapped(out []Span, text string, s Span) []Span {
	for s.Len() > MaxSentence {
		cut := s.Start + MaxSentence
		for cut > s.Start && !utf8.RuneStart(text[cut]) {
			cut--
		}
		if cut == s.Start {
			// No rune starts in the piece: bytes that are no UTF-8 (text
			// not read by Articles), cut anywhere rather than never.
			cut = s.Start + MaxSentence
		}
		if k := strings.LastIndexAny(text[s.Start:cut], ",;"); k > MaxSentence/2 {
			cut = s.Start + k + 1
		} else if k := strings.LastIndexByte(text[s.Start:cut], ' '); k > MaxSentence/2 {
			cut = s.Start + k + 1
		}
		if p := trimSpan(text, Span{s.Start, cut}, " \t\r\n\u00a0\u202f"); p.Len() > 0 {
			out = append(out, p)
		}
		s = trimSpan(text, Span{cut, s.End}, " \t\r\n\u00a0\u202f")
	}
	if s.Len() > 0 {
		out = append(out, s)
	}
	return out
}

// sentenceEnds reports whether the punctuation r at i, closed at end, ends
// a sentence, the words of abbreviations not ending one.
func sentenceEnds(text string, i int, r rune, end int, abbreviations map[string]bool) bool {
	j := end
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	for j < len(text) && strings.HasPrefix(text[j:], "\u00a0") {
		j += len("\u00a0")
	}
	if j >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	if next == '\n' || next == '\r' {
		return true
	}
	if !(unicode.IsUpper(next) || next == '«' || next == '"' || next == '“' || next == '(' || next == '-' || next == '—' || (unicode.IsDigit(next) && j > end)) {
		return false
	}
	if r != '.' {
		return true
	}
	// "5.000", "3.5": a point between digits.
	if unicode.IsDigit(next) && j == end && i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
		return false
	}
	w := wordBefore(text, i)
	if abbreviations[strings.ToLower(w)] {
		return false
	}
	// An initial: one capital letter ("J. Biden"), or "J.-C.".
	if n := utf8.RuneCountInString(w); n == 1 {
		c, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// wordBefore returns the word (letters, digits, points, "°") just before i.
func wordBefore(text string, i int) string {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '°') {
			break
		}
		j -= size
	}
	return text[j:i]
}

// quotations returns the spans of «…» and "…" / “…” quotations, outermost
// only, each at most maxQuote bytes long.
func quotations(text string) []Span {
	var out []Span
	for i := 0; i < len(text); {
		if c := text[i]; c != '"' && c != 0xC2 && c != 0xE2 {
			i++ // no opening quote starts with this byte: « is C2 AB, “ E2 80 9C
			continue
		}
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

// Clauses cuts the sentence sent into one clause per mark (the time phrases
// that date it, in order, non-overlapping). Between two marks the cut falls
// on the strongest break in the words between them: a semicolon or colon,
// then a connective of sp that opens a new clause (lang.Language's
// Connectives), then a comma, then the middle. The first clause
// starts with the sentence, the last ends with it.
func Clauses(text string, sent Span, marks []Span, sp lang.Split) []Span {
	if len(marks) == 0 {
		return nil
	}
	out := make([]Span, len(marks))
	start := sent.Start
	for i := range marks {
		end := sent.End
		if i+1 < len(marks) {
			end = cut(text, marks[i].End, marks[i+1].Start, sp.Connectives)
		}
		out[i] = trimSpan(text, Span{start, end}, " \t\r\n,;:\u00a0\u202f")
		if out[i].Len() == 0 {
			out[i] = marks[i]
		}
		start = end
	}
	return out
}

// cut returns where the clause of the phrase ending at from stops, before
// the phrase starting at to: the last break of the strongest kind between
// them, connectives in tiers, the strongest first.
func cut(text string, from, to int, connectives [][]string) int {
	gap := text[from:to]
	if k := strings.LastIndexAny(gap, ";:"); k >= 0 {
		return from + k + 1
	}
	lower := strings.ToLower(gap)
	if len(lower) != len(gap) {
		// A few runes change length in lower case; offsets must stay true.
		lower = gap
	}
	for _, tier := range connectives {
		best := -1
		for _, c := range tier {
			if k := strings.LastIndex(lower, c); k > best {
				best = k
			}
		}
		if best >= 0 {
			return from + best + 1
		}
	}
	if k := strings.LastIndex(gap, ","); k >= 0 {
		return from + k + 1
	}
	if k := strings.LastIndex(gap, " "); k >= 0 {
		return from + k + 1
	}
	return to
}

// trimSpan shrinks s past the characters of cutset at both ends.
func trimSpan(text string, s Span, cutset string) Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !strings.ContainsRune(cutset, r) {
			break
		}
		s.Start += size
	}
	for s.End > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !strings.ContainsRune(cutset, r) {
			break
		}
		s.End -= size
	}
	return s
}
