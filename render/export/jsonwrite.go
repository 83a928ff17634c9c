package export

import (
	"math"
	"strconv"

	"frise/render/jsonstr"
)

// The chronology's JSON written by hand: the bytes json.MarshalIndent
// writes for jsonArticle and jsonEvent (two spaces a level, HTML
// escaped), without reflection or a second pass to indent. MarshalIndent
// was a fifth of `frise build --format json` of 100,000 articles (2.2 s
// of 10.5). TestJSONAsEncoded and FuzzJSONAsEncoded compare these bytes
// with json.Encoder's.

// compact is the depth at which the writers write compact JSON, as
// json.Encoder and json.Marshal do (JSONL): no line break, no indent,
// no space after a key's colon. Any depth below 0 is compact.
const compact = math.MinInt32

// indentTo appends a newline and depth levels of indent (nothing at a
// compact depth).
func indentTo(b []byte, depth int) []byte {
	if depth < 0 {
		return b
	}
	b = append(b, '\n')
	for range depth {
		b = append(b, ' ', ' ')
	}
	return b
}

// jsonObject writes one object's members in order: each member's key on
// its own line, one level deeper than the object.
type jsonObject struct {
	b     []byte
	depth int
	n     int // members written
	// memo, when set, keeps the long strings quoted last (see
	// quoteMemo).
	memo *quoteMemo
}

func openObject(b []byte, depth int) jsonObject {
	return jsonObject{b: append(b, '{'), depth: depth}
}

// key starts the member named name (a key of frise's own: no escaping).
func (o *jsonObject) key(name string) {
	if o.n > 0 {
		o.b = append(o.b, ',')
	}
	o.n++
	o.b = indentTo(o.b, o.depth+1)
	o.b = append(o.b, '"')
	o.b = append(o.b, name...)
	o.b = append(o.b, '"', ':')
	if o.depth >= 0 {
		o.b = append(o.b, ' ')
	}
}

func (o *jsonObject) str(name, s string) {
	o.key(name)
	o.b = o.memo.append(o.b, s)
}

// strOmit is str for a member tagged omitempty.
func (o *jsonObject) strOmit(name, s string) {
	if s != "" {
		o.str(name, s)
	}
}

func (o *jsonObject) int(name string, n int) {
	o.key(name)
	o.b = strconv.AppendInt(o.b, int64(n), 10)
}

func (o *jsonObject) bool(name string, v bool) {
	o.key(name)
	o.b = strconv.AppendBool(o.b, v)
}

// span writes a pair as MarshalIndent does: an element a line.
func (o *jsonObject) span(name string, s [2]int) {
	o.key(name)
	o.b = append(o.b, '[')
	for k, n := range s {
		if k > 0 {
			o.b = append(o.b, ',')
		}
		o.b = indentTo(o.b, o.depth+2)
		o.b = strconv.AppendInt(o.b, int64(n), 10)
	}
	o.b = indentTo(o.b, o.depth+1)
	o.b = append(o.b, ']')
}

func (o *jsonObject) close() []byte {
	if o.n == 0 {
		return append(o.b, '}')
	}
	o.b = indentTo(o.b, o.depth)
	return append(o.b, '}')
}

func appendArticleJSON(b []byte, a jsonArticle, depth int) []byte {
	o := openObject(b, depth)
	o.str("id", a.ID)
	o.strOmit("file", a.File)
	o.strOmit("source", a.Source)
	o.strOmit("lang", a.Lang)
	o.key("date")
	o.b = appendValueJSON(o.b, a.Date, depth+1)
	if a.Reference != nil {
		o.key("reference")
		o.b = appendValueJSON(o.b, *a.Reference, depth+1)
	}
	o.int("mentions", a.Mentions)
	o.int("events", a.Events)
	return o.close()
}

func appendValueJSON(b []byte, v jsonValue, depth int) []byte {
	o := openObject(b, depth)
	o.strOmit("type", v.Type)
	o.str("timex", v.Timex)
	o.strOmit("from", v.From)
	o.strOmit("to", v.To)
	o.str("grain", v.Grain)
	o.str("certainty", v.Certainty)
	o.strOmit("reason", v.Reason)
	if w := v.Why; w != nil {
		o.key("why")
		ow := openObject(o.b, depth+1)
		ow.str("kind", w.Kind)
		ow.strOmit("article_date", w.ArticleDate)
		ow.strOmit("day", w.Day)
		ow.strOmit("source", w.Source)
		ow.strOmit("source_date", w.SourceDate)
		o.b = ow.close()
	}
	if v.RelDay != nil {
		o.int("rel_day", *v.RelDay)
	}
	o.strOmit("open", v.Open)
	o.strOmit("said", v.Said)
	return o.close()
}

func appendEventJSON(b []byte, e jsonEvent, depth int) []byte {
	o := openObject(b, depth)
	o.memo = e.memo
	if e.valueJSON != nil {
		o.key("value")
		o.b = append(o.b, e.valueJSON...)
	} else if e.Value != nil {
		o.key("value")
		o.b = appendValueJSON(o.b, *e.Value, depth+1)
	}
	o.strOmit("dated_by", e.DatedBy)
	o.str("clause", e.Clause)
	o.strOmit("conflict", e.Conflict)
	o.key("sources")
	switch {
	case e.Sources == nil:
		o.b = append(o.b, "null"...)
	case len(e.Sources) == 0:
		o.b = append(o.b, "[]"...)
	default:
		o.b = append(o.b, '[')
		for k, s := range e.Sources {
			if k > 0 {
				o.b = append(o.b, ',')
			}
			o.b = indentTo(o.b, depth+2)
			o.b = appendSourceJSON(o.b, s, depth+2, e.memo)
		}
		o.b = indentTo(o.b, depth+1)
		o.b = append(o.b, ']')
	}
	return o.close()
}

func appendSourceJSON(b []byte, s jsonSource, depth int, memo *quoteMemo) []byte {
	o := openObject(b, depth)
	o.memo = memo
	o.str("article", s.Article)
	o.strOmit("source", s.Source)
	o.str("article_date", s.Date)
	o.str("sentence", s.Sentence)
	o.str("clause", s.Clause)
	o.strOmit("phrase", s.Phrase)
	o.span("phrase_span", s.PhraseSpan)
	o.span("sentence_span", s.SentenceSpan)
	o.span("clause_span", s.ClauseSpan)
	if s.InTitle {
		o.bool("in_title", true)
	}
	o.strOmit("rule", s.Rule)
	if s.Inherited {
		o.bool("inherited", true)
	}
	o.strOmit("dated_by", s.DatedBy)
	if c := s.CarriedFrom; c != nil {
		o.key("carried_from")
		oc := openObject(o.b, depth+1)
		oc.memo = memo
		oc.str("sentence", c.Sentence)
		oc.span("sentence_span", c.SentenceSpan)
		o.b = oc.close()
	}
	o.strOmit("pinned_by", s.PinnedBy)
	return o.close()
}

// quoteMemo keeps the last few long strings quoted and their JSON: each
// event writes its clause twice (its own and its report's) and its
// sentence, which the next events of the sentence write again, and the
// sentence a report was carried from. Quoting them was a twelfth of
// frise extract; copying what was quoted is a small part of that.
type quoteMemo struct {
	s    [4]string
	q    [4][]byte
	next int
}

// minMemo is the length from which a string is looked up in a
// quoteMemo: shorter ones are quoted as fast.
const minMemo = 32

// append appends s quoted (appendJSONString), from m when it was quoted
// last; m may be nil.
func (m *quoteMemo) append(b []byte, s string) []byte {
	if m == nil || len(s) < minMemo {
		return appendJSONString(b, s)
	}
	for k := range m.s {
		if m.s[k] == s {
			return append(b, m.q[k]...)
		}
	}
	start := len(b)
	b = appendJSONString(b, s)
	k := m.next
	m.next = (k + 1) % len(m.s)
	m.s[k], m.q[k] = s, append(m.q[k][:0], b[start:]...)
	return b
}

// appendJSONString appends s as encoding/json writes a string (HTML
// escaped).
func appendJSONString(b []byte, s string) []byte { return jsonstr.Append(b, s, true) }
