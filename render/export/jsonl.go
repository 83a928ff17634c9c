package export

import (
	"encoding/json"
	"fmt"
	"io"

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
