package export

import (
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"

	"frise/timeline"
)

// TimeML writes each article as a TimeML document: its creation time and
// its text with a TIMEX3 around each time phrase; the documents sit in one
// <TimeMLCorpus>. After the text, one DATING element for each event of the
// chronology c told in the article says how it is dated, as the other
// exports do: the clause (byte offsets into the TEXT's characters), its
// dated_by, the TIMEX3 that dates it (own: its phrase; article: the
// creation time t0), the sentence a carried date came from, the source
// that pinned it, and the event's value (so a month-dated story pinned by
// another source says the day here too). DATING is frise's, not TimeML's:
// TimeML ties events to times with EVENT tags inside the text, which a
// clause holding a TIMEX3 cannot be.
func TimeML(w io.Writer, results []timeline.Result, c timeline.Chronology) error {
	dating := datingsByArticle(c)
	if _, err := io.WriteString(w, xml.Header+"<TimeMLCorpus>\n"); err != nil {
		return err
	}
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
		at, n := 0, 0
		tids := map[timeline.Span]int{}
		for _, m := range r.Mentions {
			if m.Part || m.Span.Start < at || m.Value.Timex == "" {
				continue // the ends of a range sit inside it; XML cannot nest them here
			}
			n++
			tids[m.Span] = n
			xml.EscapeText(&b, []byte(a.Text[at:m.Span.Start]))
			fmt.Fprintf(&b, `<TIMEX3 tid="t%d" type="%s" value="`, n, m.Value.Type)
			xml.EscapeText(&b, []byte(m.Value.Timex))
			b.WriteString(`"`)
			if m.AnchorIndex >= 0 {
				b.WriteString(` temporalFunction="true"`)
			}
			b.WriteString(">")
			xml.EscapeText(&b, []byte(m.Text))
			b.WriteString("</TIMEX3>")
			at = m.Span.End
		}
		xml.EscapeText(&b, []byte(a.Text[at:]))
		b.WriteString("</TEXT>\n")
		for i, d := range dating[a.ID] {
			writeDating(&b, i+1, d, tids, a.Text)
		}
		b.WriteString("</TimeML>\n")
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "</TimeMLCorpus>\n")
	return err
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

func writeDating(b *strings.Builder, i int, d aDating, tids map[timeline.Span]int, text string) {
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
	switch tid, ok := tids[d.p.PhraseSpan]; {
	case by == timeline.DatedOwn && ok:
		attr("relatedToTime", fmt.Sprintf("t%d", tid))
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
