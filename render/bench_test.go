package render

import (
	"io"
	"testing"
)

// BenchmarkHTML writes the page of 20,000 events of generated wire copy
// (the chronology made once, outside the timing): lanes by source (five)
// and a lane an article (thousands, as a sourceless corpus has).
func BenchmarkHTML(b *testing.B) {
	c := manyEvents(b, 20_000)
	for _, lanes := range []string{"source", "article"} {
		b.Run("lanes="+lanes, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if err := HTML(io.Discard, c, Options{Lanes: lanes}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
