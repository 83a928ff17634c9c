package render

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"testing"
	"time"

	"frise/timeline"
)

// chartIDByEncoder is ChartID as it was written with a json.Encoder: the
// reference the hand-written lines are held to.
func chartIDByEncoder(c timeline.Chronology) string {
	h := sha256.New()
	enc := json.NewEncoder(h)
	for _, a := range c.Articles {
		enc.Encode([]string{a.ID, a.File, a.Source, a.Date.Timex})
	}
	for _, e := range c.Events {
		enc.Encode([]any{e.Value.Timex, e.Value.From.UnixNano(), e.Value.To.UnixNano(), e.Clause})
	}
	return "frise_" + hex.EncodeToString(h.Sum(nil))[:12]
}

// TestChartIDAsEncoder: the chart's id is the one the encoder made, for
// texts with markup, quotes, escapes, bad UTF-8 and line separators, and
// for times before 1970 and zero.
func TestChartIDAsEncoder(t *testing.T) {
	texts := []string{"", "plain", `<script>"x" & 'y'</script>`, "back\\slash\ttab\nline\x00nul\x1f",
		"bad \xff\xfe utf-8", "sep \u2028 \u2029 é 日本", "__f__function(){}__f__", "+1 %41 &amp;"}
	for _, text := range texts {
		c := chronology(text)
		c.Articles = append(c.Articles, timeline.ArticleInfo{ID: text, File: text + "f", Source: text, Date: timeline.Value{Timex: text}})
		c.Events = append(c.Events, timeline.Event{Clause: text, Value: timeline.Value{Timex: text,
			From: time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC), To: time.Date(1969, 12, 31, 23, 0, 0, 0, time.FixedZone("x", 3600))}},
			timeline.Event{Clause: text})
		if got, want := ChartID(c), chartIDByEncoder(c); got != want {
			t.Errorf("%q: ChartID %s, the encoder's %s", text, got, want)
		}
	}
	if got, want := ChartID(timeline.Chronology{}), chartIDByEncoder(timeline.Chronology{}); got != want {
		t.Errorf("empty: ChartID %s, the encoder's %s", got, want)
	}
}
