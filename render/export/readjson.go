package export

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"frise/timeline"
	"frise/timeline/expr"
)

// ReadJSON reads back a chronology that JSON wrote (frise build --format
// json, or a shard of frise-beam's), so that it can be drawn or written in
// another format without reading the articles again. JSON(ReadJSON(x))
// gives x's bytes. What the JSON does not hold stays zero: the articles'
// URLs and titles, and the spans in the normalised text (the spans read
// are those of the text as given, and stand for both).
func ReadJSON(r io.Reader) (timeline.Chronology, error) {
	var in jsonChronology
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return timeline.Chronology{}, fmt.Errorf("read JSON chronology: %w", err)
	}
	var c timeline.Chronology
	byID := map[string][]timeline.ArticleInfo{}
	for i, ja := range in.Articles {
		d, err := valueOf(ja.Date)
		if err != nil {
			return c, fmt.Errorf("read JSON chronology: article %d (%s): date: %w", i+1, ja.ID, err)
		}
		a := timeline.ArticleInfo{ID: ja.ID, File: ja.File, Source: ja.Source, Lang: ja.Lang, Date: d,
			Mentions: ja.Mentions, Events: ja.Events}
		if ja.Reference != nil {
			if a.Reference, err = valueOf(*ja.Reference); err != nil {
				return c, fmt.Errorf("read JSON chronology: article %d (%s): reference: %w", i+1, ja.ID, err)
			}
		}
		c.Articles = append(c.Articles, a)
		byID[a.ID] = append(byID[a.ID], a)
	}
	events := func(js []jsonEvent, what string) ([]timeline.Event, error) {
		var out []timeline.Event
		for i, je := range js {
			e, err := eventOf(je, byID)
			if err != nil {
				return nil, fmt.Errorf("read JSON chronology: %s %d: %w", what, i+1, err)
			}
			out = append(out, e)
		}
		return out, nil
	}
	var err error
	if c.Events, err = events(in.Events, "event"); err != nil {
		return c, err
	}
	if c.Undated, err = events(in.Undated, "undated event"); err != nil {
		return c, err
	}
	return c, nil
}

func eventOf(je jsonEvent, byID map[string][]timeline.ArticleInfo) (timeline.Event, error) {
	e := timeline.Event{Clause: je.Clause, Conflict: je.Conflict, DatedBy: timeline.Dating(je.DatedBy)}
	if je.Value != nil {
		v, err := valueOf(*je.Value)
		if err != nil {
			return e, err
		}
		e.Value = v
	}
	if len(je.Sources) == 0 {
		return e, fmt.Errorf("no source")
	}
	for _, js := range je.Sources {
		p := timeline.Provenance{Article: js.Article, Source: js.Source, Date: timeline.Value{Timex: js.Date},
			Sentence: js.Sentence, Clause: js.Clause, Phrase: js.Phrase, Rule: js.Rule, Inherited: js.Inherited,
			DatedBy: timeline.Dating(js.DatedBy), PinnedBy: js.PinnedBy}
		// A source names its article by ID and date; the article list has
		// its file, language and whole date.
		for _, a := range byID[js.Article] {
			if a.Date.Timex == js.Date {
				p.File, p.Lang, p.Date = a.File, a.Lang, a.Date
				break
			}
		}
		g := timeline.GivenSpans{Sentence: spanOf(js.SentenceSpan), Clause: spanOf(js.ClauseSpan),
			Phrase: spanOf(js.PhraseSpan), InTitle: js.InTitle}
		p.Given = &g
		p.SentenceSpan, p.ClauseSpan, p.PhraseSpan = g.Sentence, g.Clause, g.Phrase
		if js.CarriedFrom != nil {
			p.Carried, p.CarriedFrom = js.CarriedFrom.Sentence, spanOf(js.CarriedFrom.SentenceSpan)
		}
		e.Sources = append(e.Sources, p)
	}
	return e, nil
}

func spanOf(s [2]int) timeline.Span { return timeline.Span{Start: s[0], End: s[1]} }

// valueOf reads a value as value writes it.
func valueOf(j jsonValue) (timeline.Value, error) {
	v := timeline.Value{Type: expr.TimexType(j.Type), Timex: j.Timex, Reason: j.Reason, RelDay: j.RelDay}
	if j.Why != nil {
		for k, name := range whyNames {
			if name == j.Why.Kind {
				v.Why = timeline.Why{Kind: k, ArticleDate: j.Why.ArticleDate, Day: j.Why.Day, Source: j.Why.Source, SourceDate: j.Why.SourceDate}
			}
		}
	}
	grain, ok := -1, false
	for g := expr.GrainUnknown; g <= expr.GrainYear; g++ {
		if g.String() == j.Grain {
			grain, ok = int(g), true
		}
	}
	if !ok {
		return v, fmt.Errorf("grain %q unknown", j.Grain)
	}
	v.Grain = expr.Granularity(grain)
	ok = false
	for c := timeline.Exact; c <= timeline.Ambiguous; c++ {
		if c.String() == j.Certainty {
			v.Certainty, ok = c, true
		}
	}
	if !ok {
		return v, fmt.Errorf("certainty %q unknown", j.Certainty)
	}
	if j.Open != "" {
		// As value names them.
		v.Open = map[string]int{"since": 1, "until": -1, "from": 2, "to": -2, "after": 3, "before": -3}[j.Open]
		if v.Open == 0 {
			return v, fmt.Errorf("open %q unknown", j.Open)
		}
	}
	if j.From != "" || j.To != "" {
		var err error
		if v.From, err = time.Parse(time.RFC3339, j.From); err != nil {
			return v, err
		}
		if v.To, err = time.Parse(time.RFC3339, j.To); err != nil {
			return v, err
		}
	}
	return v, nil
}
