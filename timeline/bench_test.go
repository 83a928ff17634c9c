package timeline_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"frise/timeline"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// pathological texts: one phrase repeated with no full stop, a sentence of
// 100,000 characters, punctuation repeated.
var pathological = map[string]func(n int) string{
	"mardi":       func(n int) string { return strings.Repeat("mardi ", n/6) },
	"ranges":      func(n int) string { return strings.Repeat("du 2 au 5 janvier, ", n/19) },
	"punctuation": func(n int) string { return strings.Repeat("«!?,;", n/5) + " hier" },
	"one sentence": func(n int) string {
		return strings.Repeat("les manifestants ont marché ", n/28) + "mercredi."
	},
}

// TestPathologicalText: texts built to hurt the tagger are read whole, and
// what comes out stays bounded: every sentence under MaxSentence, one event
// at most per phrase.
func TestPathologicalText(t *testing.T) {
	tg := tag.For(fr.Language())
	for name, gen := range pathological {
		t.Run(name, func(t *testing.T) {
			a, err := timeline.NewArticle("p", "2022-01-05", gen(200_000), nil)
			if err != nil {
				t.Fatal(err)
			}
			r, err := timeline.Process(context.Background(), a, tg, timeline.Options{Resolve: timeline.ResolveOptions{Languages: tensesOnly}})
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Mentions) == 0 {
				t.Fatal("no phrase read")
			}
			for _, e := range r.Events {
				if len(e.Sources[0].Sentence) > timeline.MaxSentence {
					t.Fatalf("a sentence of %d bytes", len(e.Sources[0].Sentence))
				}
			}
		})
	}
}

// BenchmarkPathological shows the cost per byte stays flat as the texts of
// TestPathologicalText grow (linear time).
func BenchmarkPathological(b *testing.B) {
	tg := tag.For(fr.Language())
	for _, name := range []string{"mardi", "ranges", "punctuation", "one sentence"} {
		for _, size := range []int{16 << 10, 64 << 10, 256 << 10} {
			text := pathological[name](size)
			a, err := timeline.NewArticle("p", "2022-01-05", text, nil)
			if err != nil {
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("%s/%dKB", name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for range b.N {
					if _, err := timeline.Process(context.Background(), a, tg, timeline.Options{Resolve: timeline.ResolveOptions{Languages: tensesOnly}}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
