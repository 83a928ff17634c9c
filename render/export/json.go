package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"time"

	"frise/render"
	"frise/timeline"
)

// The JSON chronology. Field names are the contract of `frise build
// --format json`; times are RFC 3339 in the article's offset.
type jsonChronology struct {
	// DaysUnknown is true when an article's date did not say which day its
	// story is told from: Note says so in words.
	DaysUnknown bool          `json:"days_unknown"`
	Note        string        `json:"note,omitempty"`
	Articles    []jsonArticle `json:"articles"`
	Events      []jsonEvent   `json:"events"`
	// Undated lists the events the text does not place: on no calendar.
	Undated []jsonEvent `json:"undated"`
}

type jsonArticle struct {
	ID        string     `json:"id"`
	File      string     `json:"file,omitempty"`
	Source    string     `json:"source,omitempty"`
	Lang      string     `json:"lang,omitempty"`
	Date      jsonValue  `json:"date"`
	Reference *jsonValue `json:"reference,omitempty"`
	Mentions  int        `json:"mentions"`
	Events    int        `json:"events"`
}

type jsonValue struct {
	Type      string `json:"type,omitempty"`
	Timex     string `json:"timex"`
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
	Grain     string `json:"grain"`
	Certainty string `json:"certainty"`
	Reason    string `json:"reason,omitempty"`
	// Why is the reason as data, when reason is its English wording: a
	// page drawn from this chronology words it in its own language.
	Why    *jsonWhy `json:"why,omitempty"`
	RelDay *int     `json:"rel_day,omitempty"`
	// Open is "since" or "until" for an open range widened to the
	// article's time ("depuis vendredi", "jusqu'à jeudi"), "from" or "to"
	// for the one end the text gives ("à partir de lundi", "il est resté
	// jusqu'à jeudi"), "after" or "before" for what the event follows or
	// precedes ("après le 5 janvier", "avant 2018").
	Open string `json:"open,omitempty"`
	// Said is the value as a reader would say it.
	Said string `json:"said,omitempty"`
}

type jsonEvent struct {
	// Value is absent for an undated event.
	Value    *jsonValue   `json:"value,omitempty"`
	DatedBy  string       `json:"dated_by,omitempty"`
	Clause   string       `json:"clause"`
	Conflict string       `json:"conflict,omitempty"`
	Sources  []jsonSource `json:"sources"`
	// valueJSON, when set, is Value written as JSON already, compact
	// (Lines) or at the depth of the event's members (eventWriter),
	// written in its place.
	valueJSON []byte
	// memo, when set, keeps the long strings quoted last (Lines).
	memo *quoteMemo
}

type jsonSource struct {
	Article      string `json:"article"`
	Source       string `json:"source,omitempty"`
	Date         string `json:"article_date"`
	Sentence     string `json:"sentence"`
	Clause       string `json:"clause"`
	Phrase       string `json:"phrase,omitempty"`
	PhraseSpan   [2]int `json:"phrase_span"`
	SentenceSpan [2]int `json:"sentence_span"`
	ClauseSpan   [2]int `json:"clause_span"`
	// InTitle marks a report read in a JSONL title: its spans are then
	// offsets into the title, not the text.
	InTitle   bool   `json:"in_title,omitempty"`
	Rule      string `json:"rule,omitempty"`
	Inherited bool   `json:"inherited,omitempty"`
	DatedBy   string `json:"dated_by,omitempty"`
	// CarriedFrom is the sentence a carried date came from.
	CarriedFrom *jsonCarried `json:"carried_from,omitempty"`
	PinnedBy    string       `json:"pinned_by,omitempty"`
}

type jsonCarried struct {
	Sentence     string `json:"sentence"`
	SentenceSpan [2]int `json:"sentence_span"`
}

// jsonWhy is a timeline.Why: its kind by name, and the dates and the
// source its words name.
type jsonWhy struct {
	Kind        string `json:"kind"`
	ArticleDate string `json:"article_date,omitempty"`
	Day         string `json:"day,omitempty"`
	Source      string `json:"source,omitempty"`
	SourceDate  string `json:"source_date,omitempty"`
}

// whyNames are the kinds of timeline.Why by their JSON names.
var whyNames = map[timeline.WhyKind]string{timeline.WhyPinned: "pinned", timeline.WhyDayNamed: "day_named",
	timeline.WhyDayUnknown: "day_unknown", timeline.WhyNoTime: "no_time", timeline.WhyPastNoCue: "past_no_cue",
	timeline.WhyToCome: "to_come", timeline.WhyFar: "far"}

// openNames are timeline.Value.Open's values by their JSON names.
var openNames = map[int]string{1: "since", -1: "until", 2: "from", -2: "to", 3: "after", -3: "before"}

func value(v timeline.Value, lang string) jsonValue {
	j := jsonValue{Type: string(v.Type), Timex: v.Timex, Grain: v.Grain.String(), Certainty: v.Certainty.String(),
		Reason: v.Reason, RelDay: v.RelDay, Open: openNames[v.Open]}
	if name, ok := whyNames[v.Why.Kind]; ok && v.Why.String() == v.Reason {
		j.Why = &jsonWhy{Kind: name, ArticleDate: v.Why.ArticleDate, Day: v.Why.Day, Source: v.Why.Source, SourceDate: v.Why.SourceDate}
	}
	if !v.From.IsZero() {
		j.From, j.To = v.From.Format(time.RFC3339), v.To.Format(time.RFC3339)
		j.Said = render.Say(v, lang)
	}
	return j
}

// JSON writes the chronology as indented JSON. It is written as it is
// made, an article or an event at a time, so that a chronology of 100,000
// articles is never held twice in memory (as values and as JSON): the
// bytes are those json.Encoder with an indent of two spaces writes
// (jsonwrite.go writes them without reflection).
func JSON(w io.Writer, c timeline.Chronology) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	j := jsonStream{w: bw}
	j.raw("{\n  \"days_unknown\": ")
	j.raw(strconv.FormatBool(render.DaysUnknown(c)))
	if n := render.Note(c); n != "" {
		j.raw(",\n  \"note\": ")
		j.b = appendJSONString(j.b[:0], n)
		j.write()
	}
	j.raw(",\n  \"articles\": ")
	j.list(len(c.Articles), func(b []byte, i int) []byte {
		a := c.Articles[i]
		ja := jsonArticle{ID: a.ID, File: a.File, Source: a.Source, Lang: a.Lang, Date: value(a.Date, a.Lang),
			Mentions: a.Mentions, Events: a.Events}
		if !a.Reference.IsZero() {
			r := value(a.Reference, a.Lang)
			ja.Reference = &r
		}
		return appendArticleJSON(b, ja, 2)
	})
	var ew eventWriter
	j.raw(",\n  \"events\": ")
	j.list(len(c.Events), func(b []byte, i int) []byte { return appendEventJSON(b, ew.event(&c.Events[i], 2), 2) })
	j.raw(",\n  \"undated\": ")
	j.list(len(c.Undated), func(b []byte, i int) []byte { return appendEventJSON(b, ew.event(&c.Undated[i], 2), 2) })
	j.raw("\n}\n")
	if j.err == nil {
		j.err = bw.Flush()
	}
	if j.err != nil {
		return fmt.Errorf("write JSON: %w", j.err)
	}
	return nil
}

// jsonStream writes the chronology's JSON piece by piece; the first error
// stops it.
type jsonStream struct {
	w   *bufio.Writer
	b   []byte // the piece being written, its memory used again
	err error
}

func (j *jsonStream) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

func (j *jsonStream) write() {
	if j.err == nil {
		_, j.err = j.w.Write(j.b)
	}
}

// list writes a JSON array of n items at the chronology's second level,
// item i appended to b only when written.
func (j *jsonStream) list(n int, item func(b []byte, i int) []byte) {
	if n == 0 {
		j.raw("[]")
		return
	}
	j.raw("[")
	for i := range n {
		if j.err != nil {
			return
		}
		j.b = j.b[:0]
		if i > 0 {
			j.b = append(j.b, ',')
		}
		j.b = append(j.b, "\n    "...)
		j.b = item(j.b, i)
		j.write()
	}
	j.raw("\n  ]")
}

func eventJSON(e timeline.Event) jsonEvent {
	je := jsonEvent{Clause: e.Clause, Conflict: e.Conflict, DatedBy: string(e.DatedBy)}
	if e.DatedBy != timeline.Undated {
		v := value(e.Value, e.Sources[0].Lang)
		je.Value = &v
	}
	for _, p := range e.Sources {
		je.Sources = append(je.Sources, sourceJSON(p, nil))
	}
	return je
}

// eventWriter makes eventJSON(*e) in memory of its own, used again for
// each event (good until the next call): a value, a slice of sources and
// a carried sentence each, for 200,000 events, were garbage the
// collector paid for while the chronology was written.
//
// It writes each value once, as JSON, as Lines does: the events of a
// chronology share few values (the 217,861 events of 100,000 generated
// stories, 39 values), and writing each one's times and words anew was 2% of
// the JSON build of 100,000 articles.
type eventWriter struct {
	je      jsonEvent
	sources []jsonSource
	carried []jsonCarried
	values  map[writtenKey][]byte // as written at depth
	depth   int
}

// event is eventJSON(*e), for an event written at depth.
func (w *eventWriter) event(e *timeline.Event, depth int) jsonEvent {
	w.je = jsonEvent{Clause: e.Clause, Conflict: e.Conflict, DatedBy: string(e.DatedBy)}
	if e.DatedBy != timeline.Undated {
		w.je.valueJSON = w.value(e.Value, e.Sources[0].Lang, depth+1)
	}
	if len(e.Sources) == 0 {
		return w.je // eventJSON's nil Sources: "null"
	}
	if len(w.carried) < len(e.Sources) {
		w.carried = make([]jsonCarried, len(e.Sources))
	}
	w.sources = w.sources[:0]
	for k := range e.Sources {
		w.sources = append(w.sources, sourceJSON(e.Sources[k], &w.carried[k]))
	}
	w.je.Sources = w.sources
	return w.je
}

// value is value(v, lang) as JSON at depth, written once.
func (w *eventWriter) value(v timeline.Value, lang string, depth int) []byte {
	k := writtenKey{v, lang}
	if j, ok := w.values[k]; ok && w.depth == depth {
		return j
	}
	if w.values == nil || len(w.values) >= maxWritten || w.depth != depth {
		w.values, w.depth = make(map[writtenKey][]byte), depth
	}
	j := appendValueJSON(nil, value(v, lang), depth)
	w.values[k] = j
	return j
}

// sourceJSON is a report as JSON; a carried report's sentence is written
// in c when it is not nil.
func sourceJSON(p timeline.Provenance, c *jsonCarried) jsonSource {
	g := p.Spans() // offsets into the text as given
	js := jsonSource{
		Article: p.Article, Source: p.Source, Date: p.Date.Timex, Sentence: p.Sentence, Clause: p.Clause,
		Phrase: p.Phrase, PhraseSpan: [2]int{g.Phrase.Start, g.Phrase.End},
		SentenceSpan: [2]int{g.Sentence.Start, g.Sentence.End},
		ClauseSpan:   [2]int{g.Clause.Start, g.Clause.End}, InTitle: g.InTitle,
		Rule: p.Rule, Inherited: p.Inherited, DatedBy: string(p.DatedBy), PinnedBy: p.PinnedBy,
	}
	if p.DatedBy == timeline.DatedCarried {
		if c == nil {
			c = new(jsonCarried)
		}
		*c = jsonCarried{Sentence: p.Carried, SentenceSpan: [2]int{p.CarriedFrom.Start, p.CarriedFrom.End}}
		js.CarriedFrom = c
	}
	return js
}
