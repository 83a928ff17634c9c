package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"frise/timeline"
)

// TimeML writes each article as a TimeML document: its creation time and
// its text with a TIMEX3 around each time phrase; the documents sit in one
// <TimeMLCorpus>.
func TimeML(w io.Writer, results []timeline.Result) error {
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
		for _, m := range r.Mentions {
			if m.Part || m.Span.Start < at || m.Value.Timex == "" {
				continue // the ends of a range sit inside it; XML cannot nest them here
			}
			n++
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
		b.WriteString("</TEXT>\n</TimeML>\n")
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "</TimeMLCorpus>\n")
	return err
}
