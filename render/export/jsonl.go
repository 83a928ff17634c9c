package export

import (
	"fmt"
	"io"

	"frise/timeline"
)

// JSONL writes one event a line, as in the JSON chronology: for tools that
// stream. The lines are json.Encoder's, written by hand (encoding/json's
// reflection was a sixth of frise extract's CPU), in one write.
func JSONL(w io.Writer, c timeline.Chronology) error {
	b := AppendJSONL(nil, c)
	if len(b) == 0 {
		return nil
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("write JSONL: %w", err)
	}
	return nil
}

// AppendJSONL appends to b the lines JSONL writes: a caller writing
// article after article reuses its buffer (and, better, a Lines).
func AppendJSONL(b []byte, c timeline.Chronology) []byte {
	var l Lines
	return l.Append(b, c)
}

// Lines writes the lines of JSONL (AppendJSONL's) chronology after
// chronology, keeping from one to the next its memory and the values it
// wrote, as JSON: a run's events share few values (41,817 events of the
// benchmark JSONL, 59 values), and writing each value's times and its
// words anew (render.Say) was a third of writing frise extract's lines.
// Each of extract's workers keeps one; a Lines is not for concurrent use.
type Lines struct {
	je      jsonEvent
	sources []jsonSource
	carried []jsonCarried
	values  map[writtenKey][]byte
	quoted  quoteMemo // the sentences and clauses quoted last
}

// maxWritten bounds the values a Lines keeps (their JSON, some 300
// bytes each): past it, it forgets them all and starts again.
const maxWritten = 1024

// writtenKey is a value and the language it is said in: value(v, lang)
// depends on nothing else.
type writtenKey struct {
	v    timeline.Value
	lang string
}

// Append appends to b the lines of c's events.
func (l *Lines) Append(b []byte, c timeline.Chronology) []byte {
	for i := range c.Events {
		b = appendEventJSON(b, l.event(&c.Events[i]), compact)
		b = append(b, '\n')
	}
	return b
}

// event is eventJSON(*e), in l's memory (good until the next call), its
// value written as JSON already.
func (l *Lines) event(e *timeline.Event) jsonEvent {
	l.je = jsonEvent{Clause: e.Clause, Conflict: e.Conflict, DatedBy: string(e.DatedBy), memo: &l.quoted}
	if e.DatedBy != timeline.Undated {
		l.je.valueJSON = l.value(e.Value, e.Sources[0].Lang)
	}
	if len(e.Sources) == 0 {
		return l.je // eventJSON's nil Sources: "null"
	}
	l.sources = l.sources[:0]
	if len(l.carried) < len(e.Sources) {
		l.carried = make([]jsonCarried, len(e.Sources))
	}
	for k, p := range e.Sources {
		l.sources = append(l.sources, sourceJSON(p, &l.carried[k]))
	}
	l.je.Sources = l.sources
	return l.je
}

// value is value(v, lang) as compact JSON, written once.
func (l *Lines) value(v timeline.Value, lang string) []byte {
	k := writtenKey{v, lang}
	if j, ok := l.values[k]; ok {
		return j
	}
	if l.values == nil || len(l.values) >= maxWritten {
		l.values = make(map[writtenKey][]byte)
	}
	j := appendValueJSON(nil, value(v, lang), compact)
	l.values[k] = j
	return j
}
