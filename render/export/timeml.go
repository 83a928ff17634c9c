package export

import (
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"frise/timeline"
	"frise/timeline/pipeline"
)

// Timexer gives an article's TIMEX3s as the tagging contract writes them
// (*pipeline.Pipeline): TimeML's TEXT marks the same phrases frise tag
// prints.
type Timexer interface {
	Timexes(a *timeline.Article, r timeline.Result, dst []pipeline.TagMention) []pipeline.TagMention
}

// TimeML writes each article as a TimeML document: its creation time and
// its text with a TIMEX3 around each time phrase; the documents sit in one
// <TimeMLCorpus>. The TIMEX3s are tx's (pipeline.Timexes), those of frise
// tag and tag --jsonl: a range is its two ends, a French date and its
// clock are two TIMEX3s, a French preposition stays outside (a SIGNAL),
// an anchored count is its DURATION. After the text, one DATING element
// for each event of the chronology c told in the article says how it is
// dated, as the other exports do: the clause (byte offsets into the
// TEXT's characters), its dated_by, the TIMEX3 that dates it (own: its
// phrase; article: the creation time t0), the sentence a carried date
// came from, the source that pinned it, and the event's value (so a
// month-dated story pinned by another source says the day here too).
// DATING is frise's, not TimeML's: TimeML ties events to times with EVENT
// tags inside the text, which a clause holding a TIMEX3 cannot be.
func TimeML(w io.Writer, results []timeline.Result, c timeline.Chronology, tx Timexer) error {
	if tx == nil {
		return errors.New("timeml: no tagger to write the TIMEX3s with")
	}
	dating := datingsByArticle(c)
	if _, err := io.WriteString(w, xml.Header+"<TimeMLCorpus>\n"); err != nil {
		return err
	}
	var ts []pipeline.TagMention
	for _, r := range results {
		a := r.Article
		var b strings.Builder
		b.WriteString("<TimeML>\n<DOCID>")
		xml.EscapeText(&b, []byte(a.ID))
		b.WriteString("</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"")
		xml.EscapeText(&b, []byte(a.Date.Timex))
		b.WriteString("\" functionInDocument=\"CREATION_TIME\">")
		xml.EscapeText(&b, []byte(a.Date.Timex))
		b.WriteString("</TIMEX3></DCT>\n<TEXT>")
		// Timexes lists inner phrases first; the TEXT reads them in text
		// order (Start counts in a.Text, the TEXT's characters).
		ts = tx.Timexes(a, r, ts[:0])
		slices.SortStableFunc(ts, func(x, y pipeline.TagMention) int {
			return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(len(y.Text), len(x.Text)))
		})
		at, n := 0, 0
		var marked []timexAt
		for _, m := range ts {
			end := m.Start + len(m.Text)
			if m.Start < at || end > len(a.Text) || a.Text[m.Start:end] != m.Text {
				// XML cannot nest or cross TIMEX3s: a phrase inside one
				// already written (rare: the contract writes a range as its
				// ends) stays unmarked, the outer one kept.
				continue
			}
			n++
			marked = append(marked, timexAt{span: timeline.Span{Start: m.Start, End: end}, tid: n, value: m.Value})
			xml.EscapeText(&b, []byte(a.Text[at:m.Start]))
			fmt.Fprintf(&b, `<TIMEX3 tid="t%d" type="%s" value="`, n, m.Type)
			xml.EscapeText(&b, []byte(m.Value))
			b.WriteString(`"`)
			if m.Anchor != nil {
				b.WriteString(` temporalFunction="true"`)
			}
			b.WriteString(">")
			xml.EscapeText(&b, []byte(m.Text))
			b.WriteString("</TIMEX3>")
			at = end
		}
		xml.EscapeText(&b, []byte(a.Text[at:]))
		b.WriteString("</TEXT>\n")
		for i, d := range dating[a.ID] {
			writeDating(&b, i+1, d, marked, a.Text)
		}
		b.WriteString("</TimeML>\n")
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "</TimeMLCorpus>\n")
	return err
}

// timexAt is a TIMEX3 written in the TEXT: its span in a.Text, its tid
// and value.
type timexAt struct {
	span  timeline.Span
	tid   int
	value string
}

// relatedTimes are the TIMEX3s inside an event's phrase (its span in the
// text as read), in text order, and the one its DATING's relatedToTime
// names. The phrase that dated the event may be written as several
// TIMEX3s while the event keeps the phrase's combined value: "le jeudi 9
// mars à 20 h" is the date and its clock, the event at 2023-03-09T20:00,
// the clock's own value (its date included), so the clock is the one
// named; "de 18 h à 23 h samedi" is its two ends and the day, the event
// the range 2023-03-11T18:00/2023-03-11T23:00, so the end it starts at
// ("18 h") is named. Otherwise (a day pinned by another source) the first
// is. DATING's timexes lists them all when there are several.
func relatedTimes(marked []timexAt, phrase timeline.Span, value string) (tids []int, tid int) {
	start, _, _ := strings.Cut(value, "/")
	exact := false
	for _, t := range marked {
		if t.span.Start < phrase.Start || t.span.End > phrase.End {
			continue
		}
		tids = append(tids, t.tid)
		switch {
		case t.value == value && !exact:
			tid, exact = t.tid, true
		case t.value == start && tid == 0:
			tid = t.tid
		}
	}
	if tid == 0 && len(tids) > 0 {
		tid = tids[0]
	}
	return tids, tid
}

// aDating is one report of an event in its article.
type aDating struct {
	p timeline.Provenance
	v timeline.Value
	e int // the event's index: ties of clause spans keep the chronology's order
}

// datingsByArticle gathers every report of c's events, dated or not, by
// article, in text order.
func datingsByArticle(c timeline.Chronology) map[string][]aDating {
	out := map[string][]aDating{}
	for i, e := range append(slices.Clip(c.Events), c.Undated...) {
		for _, p := range e.Sources {
			v := e.Value
			if p.DatedBy == timeline.Undated || e.DatedBy == timeline.Undated {
				v = timeline.Value{}
			}
			out[p.Article] = append(out[p.Article], aDating{p: p, v: v, e: i})
		}
	}
	for _, ds := range out {
		slices.SortStableFunc(ds, func(x, y aDating) int {
			if c := cmp.Compare(x.p.ClauseSpan.Start, y.p.ClauseSpan.Start); c != 0 {
				return c
			}
			if c := cmp.Compare(x.p.ClauseSpan.End, y.p.ClauseSpan.End); c != 0 {
				return c
			}
			return cmp.Compare(x.e, y.e)
		})
	}
	return out
}

func writeDating(b *strings.Builder, i int, d aDating, marked []timexAt, text string) {
	attr := func(name, val string) {
		b.WriteString(" " + name + `="`)
		xml.EscapeText(b, []byte(val))
		b.WriteString(`"`)
	}
	by := d.p.DatedBy
	if by == "" {
		by = timeline.DatedOwn
		if d.p.Inherited {
			by = timeline.DatedArticle
		}
	}
	fmt.Fprintf(b, `<DATING eid="e%d" clause="%d-%d"`, i, d.p.ClauseSpan.Start, d.p.ClauseSpan.End)
	attr("dated_by", string(by))
	var tids []int
	tid := 0
	if ps := d.p.PhraseSpan; ps.Start >= 0 && ps.Start <= ps.End && ps.End <= len(text) && text[ps.Start:ps.End] == d.p.Phrase {
		// Only a phrase found where its span says (one read in a title
		// counts from the title) is related to the TIMEX3s there.
		tids, tid = relatedTimes(marked, ps, d.v.Timex)
	}
	switch {
	case by == timeline.DatedOwn && tid > 0:
		attr("relatedToTime", fmt.Sprintf("t%d", tid))
		if len(tids) > 1 {
			var ids []string
			for _, t := range tids {
				ids = append(ids, fmt.Sprintf("t%d", t))
			}
			attr("timexes", strings.Join(ids, " "))
		}
	case by == timeline.DatedArticle:
		attr("relatedToTime", "t0")
	case by == timeline.DatedCarried && d.p.Carried != "" && d.p.ClauseSpan.Start <= len(text):
		// CarriedFrom counts in the text as given; the TEXT here is the
		// text as read, where the sentence is the last one before the clause.
		if k := strings.LastIndex(text[:d.p.ClauseSpan.Start], d.p.Carried); k >= 0 {
			attr("carried_from", fmt.Sprintf("%d-%d", k, k+len(d.p.Carried)))
		}
	}
	if d.v.Timex != "" && by != timeline.Undated {
		attr("value", d.v.Timex)
	}
	if d.p.PinnedBy != "" {
		attr("pinned_by", d.p.PinnedBy)
	}
	b.WriteString("/>\n")
}
