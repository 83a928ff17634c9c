package main

import (
	"fmt"
	"strings"
	"testing"
)

// TestExtractBadLinesInOrder: articles are decoded in the workers, yet the
// bad lines and files are reported in the input's order, and the events
// are the same bytes, for any number of workers.
func TestExtractBadLinesInOrder(t *testing.T) {
	dir := t.TempDir()
	var in strings.Builder
	for i := range 120 {
		switch i % 17 {
		case 3:
			in.WriteString("{\"id\": \"broken\n")
		case 9:
			fmt.Fprintf(&in, "{\"id\": \"n%d\", \"text\": \"Hier.\"}\n", i)
		default:
			fmt.Fprintf(&in, "{\"id\": \"a%d\", \"date\": \"2022-01-%02dT08:00:00+01:00\", \"text\": \"Mardi soir, la police a chargé; la veille, il pleuvait.\"}\n", i, 1+i%28)
		}
	}
	a := write(t, dir, "a.jsonl", in.String())
	b := write(t, dir, "b.jsonl", "{\"id\": 3}\n"+in.String())
	c := write(t, dir, "c.jsonl.gz", "not gzip")
	var first, firstErr string
	for _, w := range []string{"1", "2", "5"} {
		code, out, stderr := run(t, dir, nil, "", "extract", a, c, b, "--workers", w)
		if code != exitPartial || !strings.Contains(out, `"article":"a119"`) {
			t.Fatalf("workers %s: exit %d: %s", w, code, stderr)
		}
		if first == "" {
			first, firstErr = out, stderr
			if i, j := strings.Index(stderr, "a.jsonl:4:"), strings.Index(stderr, "c.jsonl.gz"); i < 0 || j < i || !strings.Contains(stderr[j:], "b.jsonl:1:") {
				t.Errorf("errors out of the input's order:\n%s", stderr)
			}
			continue
		}
		if out != first || stderr != firstErr {
			t.Errorf("workers %s: not the same output as one worker's", w)
		}
	}
}
