package render

import (
	"bufio"
	"html/template"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"frise/timeline"
	"frise/timeline/expr"
	timelang "frise/timeline/lang"
)

// The chronology under the chart: every event in order, grouped by day,
// as plain HTML text (found by Ctrl-F, copied, printed). Every piece of
// article text is escaped as html/template escapes it (the list was
// written with it, and TestListAsTemplate holds the new writer to its
// bytes); links are only http(s) addresses.

// listWords are the list's own words in one language.
type listWords struct{ timelang.List }

func listWordsFor(lang string) listWords { return listWords{pageFor(lang).List} }

// listSeg is a piece of the sentence: in the dated clause or not, the
// time phrase or not.
type listSeg struct {
	Text           string
	Clause, Phrase bool
}

type listRef struct {
	Name, Title, Date string
	URL               template.URL
}

// listEntry is an event's place in the list: its index in the
// chronology's events followed by its undated ones.
type listEntry = int

// listGroup is a heading and its events.
type listGroup struct {
	head  string
	items []listEntry
}

// groupHeight guesses a group's height in CSS pixels, for the browser to
// reserve until it lays the group out: the list's groups are laid out only
// near the window (content-visibility), so that a page of 10,000 events
// opens as fast as a short one, while every word stays in the page for
// Ctrl-F, copying and print.
func groupHeight(n int) int { return 48 + 84*n }

// listPlan is what the list needs before its first event is written: the
// sources' names (the filter lists them), each source's number, and the
// events by heading, in the order each heading first comes. Each event's
// row is made only as it is written: a list of 10,000 events made whole,
// then executed by html/template, was a third of building the page.
type listPlan struct {
	c        timeline.Chronology
	lg       string
	w        listWords
	sources  []string
	srcIndex map[string]int
	groups   []listGroup
	undated  []listEntry
	arts     map[[2]string]int
	segs     []listSeg // the row's pieces (writeItem), memory used again
	said     map[timeline.Value]string
}

// say is Say(v, p.lg), each value said once: the rows of a chronology
// say few dates (its events' and its articles'), and saying each anew
// (fmt, time formatting) was a twentieth of the list of 100,000 articles.
// At most maxSaid are kept; past it, they are forgotten and said again.
func (p *listPlan) say(v timeline.Value) string {
	if s, ok := p.said[v]; ok {
		return s
	}
	if p.said == nil || len(p.said) >= maxSaid {
		p.said = make(map[timeline.Value]string)
	}
	s := Say(v, p.lg)
	p.said[v] = s
	return s
}

// maxSaid bounds listPlan's said values.
const maxSaid = 4096

// sourceName is the name a report is listed and filtered under.
func sourceName(q timeline.Provenance) string {
	if q.Source == "" {
		return q.Article
	}
	return q.Source
}

func planList(c timeline.Chronology) listPlan {
	lg := lang(c)
	p := listPlan{c: c, lg: lg, w: listWordsFor(lg), srcIndex: map[string]int{}}
	words := wordsFor(lg)
	groupOf := map[string]int{} // heading → its index in p.groups
	// The undated events follow the dated ones, numbered after them: they
	// are in the list only, not on the chart.
	for i := range len(c.Events) + len(c.Undated) {
		e := p.event(i)
		if len(e.Sources) == 0 {
			continue
		}
		for _, q := range e.Sources {
			name := sourceName(q)
			if _, ok := p.srcIndex[name]; !ok {
				p.srcIndex[name] = len(p.sources)
				p.sources = append(p.sources, name)
			}
		}
		if isUndatedInList(i, *e, len(c.Events)) {
			p.undated = append(p.undated, i)
			continue
		}
		// The chronology is in order of instants, and the days of articles
		// told in other zones interleave there (a night in Almaty begins
		// before an evening in New York ends): each day is one heading,
		// placed where its first event comes.
		head := groupHead(e.Value, words, lg)
		gi, ok := groupOf[head]
		if !ok {
			gi = len(p.groups)
			groupOf[head] = gi
			p.groups = append(p.groups, listGroup{head: head})
		}
		p.groups[gi].items = append(p.groups[gi].items, i)
	}
	return p
}

// event is the list's event i: the chronology's events, then its undated
// ones (read in place: a slice of both was a copy of every event, 50 MB
// for 100,000 articles).
func (p *listPlan) event(i int) *timeline.Event {
	if i < len(p.c.Events) {
		return &p.c.Events[i]
	}
	return &p.c.Undated[i-len(p.c.Events)]
}

// isUndatedInList reports whether event i of the list (e) is listed with
// the undated ones.
func isUndatedInList(i int, e timeline.Event, dated int) bool {
	return i >= dated || e.DatedBy == timeline.Undated || !e.Value.Bounded()
}

// writeList writes the chronology under the chart. Every piece of text
// goes through escText or escURL: no article text can open markup there.
func writeList(w *bufio.Writer, c timeline.Chronology) error {
	p := planList(c)
	lw := p.w
	n := len(c.Events) + len(c.Undated)
	w.WriteString(`<section class="frise-list" aria-label="`)
	escText(w, lw.Heading)
	w.WriteString("\">\n<h2>")
	escText(w, lw.Heading)
	w.WriteString(" <small>")
	writeInt(w, n)
	w.WriteByte(' ')
	escText(w, lw.Events)
	w.WriteString("</small></h2>")
	if n > 1 {
		w.WriteString(`
<div class="frise-tools"><input type="search" class="frise-q" placeholder="`)
		escText(w, lw.Search)
		w.WriteString(`…" aria-label="`)
		escText(w, lw.Search)
		w.WriteString(`">`)
		if len(p.sources) > 1 {
			writeSelect(w, ` <select class="frise-fsrc"`, lw.SourceLabel, lw.AllSources, p.sources)
		}
		writeSelect(w, "\n <select class=\"frise-fcert\"", lw.CertaintyLabel, lw.AllCertainties, lw.Certainty[:])
		w.WriteString(`
 <span class="frise-count" aria-live="polite"></span></div>`)
	}
	var srcs []int
	group := func(head string, items []listEntry, dated bool) {
		w.WriteString("\n<div class=\"frise-group\" style=\"contain-intrinsic-size:auto ")
		writeInt(w, groupHeight(len(items)))
		w.WriteString(`px"><h3>`)
		escText(w, head)
		w.WriteString(`</h3><ol>`)
		for _, i := range items {
			srcs = p.writeItem(w, i, head, dated, srcs)
		}
		w.WriteString("\n</ol></div>")
	}
	for _, g := range p.groups {
		group(g.head, g.items, true)
	}
	if len(p.undated) > 0 {
		group(lw.Undated, p.undated, false)
	}
	w.WriteString("\n</section>")
	return nil
}

// writeItem writes event i's row, listed under head; srcs is memory to use
// again, returned.
func (p *listPlan) writeItem(w *bufio.Writer, i int, head string, dated bool, srcs []int) []int {
	e, lw, lg := p.event(i), p.w, p.lg
	q := &e.Sources[0]
	cert := strconv.Itoa(int(e.Value.Certainty))
	var when, certWord, reason, carried string
	if dated {
		when = p.say(e.Value)
		if int(e.Value.Certainty) < len(lw.Certainty) {
			certWord = lw.Certainty[e.Value.Certainty]
		}
		switch {
		case q.Inherited && e.DatedBy == "":
			certWord, reason = lw.Carried, lw.Inherited
		case e.Value.Certainty != timeline.Exact:
			reason = reasonSaid(e.Value, lg)
		}
		if e.DatedBy == timeline.DatedCarried && q.Carried != "" {
			quotes := pageFor(lg).Quotes
			carried = lw.CarriedFrom + quotes[0] + Summary(q.Carried, 120) + quotes[1]
		}
		if when == head {
			when = "" // the heading says it
		}
	} else {
		cert = ""
	}
	datedBy := lw.DatedBy[string(e.DatedBy)]
	w.WriteString("\n<li class=\"frise-ev\" data-i=\"")
	writeInt(w, i)
	// The sources' numbers, each once, in the order of the reports,
	// separated by spaces as the page's filter reads them (listJS looks
	// for " n "). html/template read the attribute as a URL and wrote the
	// spaces "%20", so that an event told by several sources was found by
	// none of them.
	w.WriteString(`" data-src="`)
	srcs = srcs[:0]
	for k := range e.Sources {
		if n := p.srcIndex[sourceName(e.Sources[k])]; !slices.Contains(srcs, n) {
			if len(srcs) > 0 {
				w.WriteByte(' ')
			}
			srcs = append(srcs, n)
			writeInt(w, n)
		}
	}
	w.WriteString(`" data-cert="`)
	escText(w, cert)
	w.WriteString(`"><p class="frise-head">`)
	if when != "" {
		w.WriteString(`<span class="frise-when">`)
		escText(w, when)
		w.WriteString(`</span> `)
	}
	if certWord != "" {
		w.WriteString(`<span class="frise-cert frise-c`)
		escText(w, cert)
		w.WriteString(`">`)
		escText(w, certWord)
		w.WriteString(`</span> `)
	}
	w.WriteString(`<span class="frise-reason">`)
	escText(w, datedBy)
	if datedBy != "" && reason != "" {
		w.WriteString(" · ")
	}
	escText(w, reason)
	w.WriteString(`</span>`)
	if carried != "" {
		w.WriteString(` <span class="frise-reason">(`)
		escText(w, carried)
		w.WriteString(`)</span>`)
	}
	w.WriteString("</p>\n<p class=\"frise-text\">")
	p.segs = appendSegments(p.segs[:0], q)
	for _, s := range p.segs {
		switch {
		case s.Phrase:
			w.WriteString("<mark>")
			escText(w, s.Text)
			w.WriteString("</mark>")
		case s.Clause:
			escText(w, s.Text)
		default:
			w.WriteString(`<span class="frise-out">`)
			escText(w, s.Text)
			w.WriteString("</span>")
		}
	}
	w.WriteString("</p>")
	if e.Conflict != "" {
		w.WriteString(`<p class="frise-conflict">`)
		escText(w, e.Conflict)
		w.WriteString("</p>")
	}
	w.WriteString("\n<p class=\"frise-refs\">")
	for k := range e.Sources {
		s := &e.Sources[k]
		if k > 12 {
			break
		}
		if k > 0 {
			w.WriteString(" · ")
		}
		w.WriteString(`<span class="frise-ref">`)
		if k == 12 {
			w.WriteString("&#43;") // "+", as escText writes it
			writeInt(w, len(e.Sources)-k)
			w.WriteString(", …</span>")
			break
		}
		name := sourceName(*s)
		a := p.article(s)
		if u := safeURL(a.URL); u != "" {
			w.WriteString(`<a href="`)
			escURL(w, string(u))
			w.WriteString(`" rel="noopener noreferrer">`)
			if a.Title != "" {
				escText(w, a.Title)
			} else {
				escText(w, name)
			}
			w.WriteString("</a>")
			if a.Title != "" {
				w.WriteString(" (")
				escText(w, name)
				w.WriteString(")")
			}
		} else if a.Title != "" {
			w.WriteString("<cite>")
			escText(w, a.Title)
			w.WriteString("</cite> (")
			escText(w, name)
			w.WriteString(")")
		} else {
			escText(w, name)
		}
		w.WriteString(", ")
		escText(w, lw.datedAs(s.Date))
		w.WriteByte(' ')
		escText(w, p.say(s.Date))
		w.WriteString("</span>")
	}
	w.WriteString("</p></li>")
	return srcs
}

// article is the chronology's article a report is from (its title and
// address), or none.
func (p *listPlan) article(q *timeline.Provenance) *timeline.ArticleInfo {
	if p.arts == nil {
		p.arts = make(map[[2]string]int, len(p.c.Articles))
		for i, a := range p.c.Articles {
			p.arts[[2]string{a.File, a.ID}] = i
		}
	}
	if i, ok := p.arts[[2]string{q.File, q.Article}]; ok {
		return &p.c.Articles[i] // not a copy: an ArticleInfo is 512 bytes
	}
	return &noArticle
}

// noArticle is the article of a report the chronology does not list.
var noArticle timeline.ArticleInfo

// writeSelect writes one of the list's filters, opened by open: a first
// option for all, then options whose values are their indexes, as the
// page's filter reads them.
func writeSelect(w *bufio.Writer, open, label, all string, options []string) {
	w.WriteString(open)
	w.WriteString(` aria-label="`)
	escText(w, label)
	w.WriteString(`"><option value="">`)
	escText(w, all)
	w.WriteString(`</option>`)
	for i, s := range options {
		w.WriteString(`<option value="`)
		writeInt(w, i)
		w.WriteString(`">`)
		escText(w, s)
		w.WriteString(`</option>`)
	}
	w.WriteString(`</select>`)
}

// writeInt writes n in decimal, in w's own buffer (a buffer of its own
// escaped to the heap: 12 MB of garbage for the page of 100,000 articles).
func writeInt(w *bufio.Writer, n int) {
	w.Write(strconv.AppendInt(w.AvailableBuffer(), int64(n), 10))
}

// htmlEscapes are what html/template writes for a byte of text or of a
// quoted attribute, and "_" as "&#95;": a page of frise's never carries
// go-echarts' "__f__" marker made from data (the list holds no script,
// but the rule is the page's). Every other byte is written as it is.
var htmlEscapes = [256]string{0: "\uFFFD", '"': "&#34;", '&': "&amp;", '\'': "&#39;", '+': "&#43;",
	'<': "&lt;", '>': "&gt;", '_': "&#95;"}

// escText writes s as text or a double-quoted attribute's value.
func escText(w *bufio.Writer, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		if r := htmlEscapes[s[i]]; r != "" {
			w.WriteString(s[start:i])
			w.WriteString(r)
			start = i + 1
		}
	}
	w.WriteString(s[start:])
}

// escURL writes an address as an href's value, as html/template does:
// every byte but the letters, digits, "-._~", the reserved characters and
// a "%" that starts an escape percent-encoded, then the rest escaped as
// in escText.
func escURL(w *bufio.Writer, s string) {
	const hex = "0123456789abcdef"
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.IndexByte("-.~!#$*,/:;=?@[]", c) >= 0:
			w.WriteByte(c)
		case c == '%' && i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2]):
			w.WriteByte(c)
		case c == '_' || c == '&' || c == '+':
			w.WriteString(htmlEscapes[c])
		default:
			w.Write([]byte{'%', hex[c>>4], hex[c&15]})
		}
	}
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// groupHead is the heading an event is listed under: its day when it
// falls within one (its J-day when only that is known), else the date as
// said.
func groupHead(v timeline.Value, w words, lg string) string {
	if v.RelDay != nil {
		if *v.RelDay == 0 {
			return "J0"
		}
		return "J" + signed(*v.RelDay)
	}
	// A night, an evening's hours: under the day they start on.
	if v.Open == 0 && v.Certainty != timeline.Ambiguous && v.To.Sub(v.From) <= 24*time.Hour {
		return w.day(v.From)
	}
	return Say(v, lg)
}

// segments cuts the sentence at the clause's and the phrase's bounds, so
// that each piece is shown as what it is. Spans that do not fall on the
// sentence's characters give the sentence whole.
func segments(p *timeline.Provenance) []listSeg { return appendSegments(nil, p) }

// appendSegments is segments, appended to out (memory the list uses
// again for every row).
func appendSegments(out []listSeg, p *timeline.Provenance) []listSeg {
	s := p.Sentence
	if s == "" {
		s = p.Clause
	}
	base := p.SentenceSpan.Start
	in := func(sp timeline.Span) (int, int, bool) {
		a, z := sp.Start-base, sp.End-base
		ok := a >= 0 && z <= len(s) && a < z && utf8.RuneStart(s[a]) && (z == len(s) || utf8.RuneStart(s[z]))
		return a, z, ok
	}
	ca, cz, cok := in(p.ClauseSpan)
	pa, pz, pok := in(p.PhraseSpan)
	if p.Inherited || p.Phrase == "" {
		pok = false
	}
	var cb [6]int
	cuts := append(cb[:0], 0, len(s))
	if cok {
		cuts = append(cuts, ca, cz)
	}
	if pok {
		cuts = append(cuts, pa, pz)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	for k := 0; k+1 < len(cuts); k++ {
		a, z := cuts[k], cuts[k+1]
		out = append(out, listSeg{Text: s[a:z], Clause: !cok || a >= ca && z <= cz, Phrase: pok && a >= pa && z <= pz})
	}
	return out
}

// safeURL keeps an article's address when it is an absolute http(s) URL:
// no other scheme becomes a link.
func safeURL(s string) template.URL {
	if s == "" { // most articles have none: url.Parse would allocate for nothing
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return template.URL(u.String())
}

// datedAs is how an article's date is introduced: "daté du 5 janvier",
// but "daté de janvier 2022" where only the month or the year is known.
func (w listWords) datedAs(v timeline.Value) string {
	if v.Grain > expr.GrainWeek && w.DatedCoarse != "" {
		return w.DatedCoarse
	}
	return w.Dated
}
