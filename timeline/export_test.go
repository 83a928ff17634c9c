package timeline

import (
	"strings"
	"unicode/utf8"

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
