package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"frise/timeline"
)

// title names the chart from its articles: their common headline, else
// the name most of them tell of ("Kazakhstan : chronologie"), else the
// chronology of the one source, else a plain "Chronologie".
func title(c timeline.Chronology) string {
	pw := pageFor(lang(c))
	word, named := pw.Chronology, pw.ChronologyOf
	if len(c.Articles) > 0 {
		t := c.Articles[0].Title
		for _, a := range c.Articles[1:] {
			if a.Title != t {
				t = ""
			}
		}
		if t != "" {
			return t
		}
	}
	if s := subject(c); s != "" {
		return strings.Replace(named, "%s", s, 1)
	}
	if len(c.Articles) == 1 && c.Articles[0].Source != "" {
		return word + " · " + c.Articles[0].Source
	}
	return word
}

// subject is the proper name told by the most articles (at least two, or
// the only one), counting a capitalised word of four letters or more
// that does not start its sentence and is no weekday, month or source
// name; ties go to the name said most often, then to the first in
// alphabetical order, so the same articles give the same title.
func subject(c timeline.Chronology) string {
	skip := map[string]bool{}
	for _, c := range calendars() {
		w := c.w
		for _, d := range w.Days {
			skip[strings.ToLower(d)] = true
		}
		for _, m := range w.Months {
			skip[strings.ToLower(m)] = true
		}
	}
	for _, a := range c.Articles {
		for _, f := range strings.Fields(a.Source) {
			skip[strings.ToLower(f)] = true
		}
	}
	type count struct{ articles, said int }
	counts := map[string]*count{}
	seen := map[[3]string]bool{} // name, article's file and ID
	sep := func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }
	add := func(file, article, sentence string) {
		first := true
		// The sentence's words (runs of letters and hyphens), read in place:
		// strings.FieldsFunc made a slice of them for each sentence.
		for i := 0; i < len(sentence); {
			r, n := utf8.DecodeRuneInString(sentence[i:])
			if sep(r) {
				i += n
				continue
			}
			j := i + n
			for j < len(sentence) {
				r, n := utf8.DecodeRuneInString(sentence[j:])
				if sep(r) {
					break
				}
				j += n
			}
			w := strings.Trim(sentence[i:j], "-")
			i = j
			isFirst := first
			first = false
			r, _ = utf8.DecodeRuneInString(w)
			if isFirst || !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 4 || skip[strings.ToLower(w)] || strings.ToUpper(w) == w {
				continue
			}
			k := counts[w]
			if k == nil {
				k = &count{}
				counts[w] = k
			}
			k.said++
			before := len(seen)
			if seen[[3]string{w, file, article}] = true; len(seen) > before {
				k.articles++
			}
		}
	}
	// The events, then the undated ones, read in place (a slice of both
	// was a copy of every event: 54 MB for 100,000 articles); each
	// sentence's key hashed once (set, then told new by the set's size),
	// the set sized at once.
	sentences := make(map[[3]string]bool, len(c.Events)+len(c.Undated))
	for _, evs := range [2][]timeline.Event{c.Events, c.Undated} {
		for i := range evs {
			for k := range evs[i].Sources {
				p := &evs[i].Sources[k]
				n := len(sentences)
				if sentences[[3]string{p.File, p.Article, p.Sentence}] = true; len(sentences) == n {
					continue
				}
				add(p.File, p.Article, p.Sentence)
			}
		}
	}
	need := min(2, len(c.Articles))
	best := ""
	for w, k := range counts {
		if k.articles < max(1, need) {
			continue
		}
		if b := counts[best]; best == "" || k.articles > b.articles || k.articles == b.articles && (k.said > b.said || k.said == b.said && w < best) {
			best = w
		}
	}
	return best
}
