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
// article after article (frise extract's workers) reuses its buffer.
func AppendJSONL(b []byte, c timeline.Chronology) []byte {
	for _, e := range c.Events {
		b = appendEventJSON(b, eventJSON(e), compact)
		b = append(b, '\n')
	}
	return b
}
