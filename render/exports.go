package render

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"frise/timeline"
)

// JSONL writes one event a line, as in the JSON chronology: for tools that
// stream.
func JSONL(w io.Writer, c timeline.Chronology) error {
	enc := json.NewEncoder(w)
	for _, e := range c.Events {
		if err := enc.Encode(eventJSON(e)); err != nil {
			return fmt.Errorf("write JSONL: %w", err)
		}
	}
	return nil
}

// csvHeader names the columns of the CSV export.
var csvHeader = []string{"from", "to", "timex", "grain", "certainty", "said", "clause", "phrase",
	"sources", "source", "article", "article_date", "sentence", "conflict", "reason", "dated_by"}

// CSV writes one event a row, for spreadsheets. A cell that a spreadsheet
// would read as a formula (=, +, -, @) is written with a leading quote.
func CSV(w io.Writer, c timeline.Chronology) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, e := range c.Events {
		p := e.Sources[0]
		v := e.Value
		var from, to string
		if v.Placed() {
			from, to = v.From.Format(time.RFC3339), v.To.Format(time.RFC3339)
		}
		row := []string{from, to, v.Timex, v.Grain.String(), v.Certainty.String(), Say(v, p.Lang), e.Clause, p.Phrase,
			strconv.Itoa(len(e.Sources)), p.Source, p.Article, p.Date.Timex, p.Sentence, e.Conflict, v.Reason, string(e.DatedBy)}
		for i, cell := range row {
			row[i] = noFormula(cell)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func noFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// TimelineJS writes the chronology for Knight Lab's TimelineJS3: partial
// dates as year, month and day fields, a headline and the sentence, the
// source as the group. A date known only relative to the story's day says
// so in display_date. Text is HTML-escaped, as TimelineJS shows it as HTML.
func TimelineJS(w io.Writer, c timeline.Chronology, title string) error {
	type tdate struct {
		Year        int    `json:"year"`
		Month       int    `json:"month,omitempty"`
		Day         int    `json:"day,omitempty"`
		Hour        int    `json:"hour,omitempty"`
		Minute      int    `json:"minute,omitempty"`
		DisplayDate string `json:"display_date,omitempty"`
	}
	type ttext struct {
		Headline string `json:"headline,omitempty"`
		Text     string `json:"text,omitempty"`
	}
	type tevent struct {
		StartDate tdate  `json:"start_date"`
		EndDate   *tdate `json:"end_date,omitempty"`
		Text      ttext  `json:"text"`
		Group     string `json:"group,omitempty"`
		UniqueID  string `json:"unique_id"`
	}
	dateOf := func(t time.Time, g timeline.Granularity) tdate {
		d := tdate{Year: t.Year()}
		if g <= timeline.GrainQuarter {
			d.Month = int(t.Month())
		}
		if g <= timeline.GrainDay {
			d.Day = t.Day()
		}
		if g <= timeline.GrainHour {
			d.Hour, d.Minute = t.Hour(), t.Minute()
		}
		return d
	}
	out := struct {
		Title  *tevent  `json:"title,omitempty"`
		Events []tevent `json:"events"`
	}{Events: []tevent{}}
	if title != "" {
		out.Title = &tevent{Text: ttext{Headline: esc(title)}, UniqueID: "title"}
	}
	for i, e := range c.Events {
		v := e.Value
		if !v.Placed() {
			continue
		}
		p := e.Sources[0]
		grain := v.Grain
		if grain == timeline.GrainPartOfDay {
			grain = timeline.GrainHour
		}
		ev := tevent{StartDate: dateOf(v.From, grain), Group: esc(sourceName(p)), UniqueID: fmt.Sprintf("e%d", i+1)}
		end := v.To.Add(-time.Minute)
		if v.Certainty == timeline.Ambiguous || end.Sub(v.From) >= 24*time.Hour {
			d := dateOf(end, grain)
			ev.EndDate = &d
		}
		if v.Certainty == timeline.Ambiguous || v.Grain == timeline.GrainPartOfDay {
			ev.StartDate.DisplayDate = esc(Say(v, p.Lang))
		}
		var text strings.Builder
		text.WriteString(esc(p.Sentence))
		fmt.Fprintf(&text, "<br><small>%s · %s %s", esc(sourceName(p)), dated(p.Lang), esc(p.Date.Timex))
		if len(e.Sources) > 1 {
			fmt.Fprintf(&text, " · %d sources", len(e.Sources))
		}
		text.WriteString("</small>")
		ev.Text = ttext{Headline: esc(Summary(e.Clause, 80)), Text: text.String()}
		out.Events = append(out.Events, ev)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func sourceName(p timeline.Provenance) string {
	if p.Source != "" {
		return p.Source
	}
	return p.Article
}

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
