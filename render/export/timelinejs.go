package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"frise/render"
	"frise/timeline"
	"frise/timeline/expr"
)

// TimelineJS writes the chronology for Knight Lab's TimelineJS3: partial
// dates as year, month and day fields, a headline and the sentence, the
// source as the group. A date known only relative to the story's day says
// so in display_date. Each event says how it is dated, in words under its
// text and as dated_by (own, article, carried: TimelineJS ignores the
// field, other readers of the file need not guess); an undated event is on
// no calendar, so not in the file. Text is HTML-escaped, as TimelineJS
// shows it as HTML.
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
		DatedBy   string `json:"dated_by,omitempty"`
	}
	dateOf := func(t time.Time, g expr.Granularity) tdate {
		d := tdate{Year: t.Year()}
		if g <= expr.GrainQuarter {
			d.Month = int(t.Month())
		}
		if g <= expr.GrainDay {
			d.Day = t.Day()
		}
		if g <= expr.GrainHour {
			d.Hour, d.Minute = t.Hour(), t.Minute()
		}
		return d
	}
	out := struct {
		Title  *tevent  `json:"title,omitempty"`
		Events []tevent `json:"events"`
	}{Events: []tevent{}}
	if title != "" {
		out.Title = &tevent{Text: ttext{Headline: render.Escape(title)}, UniqueID: "title"}
	}
	for i, e := range c.Events {
		v := e.Value
		if !v.Placed() {
			continue
		}
		p := e.Sources[0]
		grain := v.Grain
		if grain == expr.GrainPartOfDay {
			grain = expr.GrainHour
		}
		ev := tevent{StartDate: dateOf(v.From, grain), Group: render.Escape(sourceName(p)), UniqueID: fmt.Sprintf("e%d", i+1),
			DatedBy: string(e.DatedBy)}
		end := v.To.Add(-time.Minute)
		if v.Certainty == timeline.Ambiguous || end.Sub(v.From) >= 24*time.Hour {
			d := dateOf(end, grain)
			ev.EndDate = &d
		}
		if v.Certainty == timeline.Ambiguous || v.Grain == expr.GrainPartOfDay {
			ev.StartDate.DisplayDate = render.Escape(render.Say(v, p.Lang))
		}
		var text strings.Builder
		text.WriteString(render.Escape(p.Sentence))
		fmt.Fprintf(&text, "<br><small>%s · %s %s", render.Escape(sourceName(p)), render.Dated(p.Lang), render.Escape(p.Date.Timex))
		if len(e.Sources) > 1 {
			fmt.Fprintf(&text, " · %d sources", len(e.Sources))
		}
		if words := render.DatingWords(e.DatedBy, p.Lang); words != "" {
			text.WriteString(" · " + render.Escape(words))
		}
		text.WriteString("</small>")
		ev.Text = ttext{Headline: render.Escape(render.Summary(e.Clause, 80)), Text: text.String()}
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
