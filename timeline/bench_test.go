package timeline_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"frise/timeline"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

const benchFile = "../../shared/bench/bench_fr.txt"

// BenchmarkTagResolve tags and resolves the 1 MB of French news text of
// the shared benchmark file, one article per line, on one core.
func BenchmarkTagResolve(b *testing.B) {
	raw, err := os.ReadFile(benchFile)
	if err != nil {
		b.Skipf("benchmark text not found: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	var arts []*timeline.Article
	for i, l := range lines {
		a, err := timeline.NewArticle("b"+string(rune('a'+i%26)), "2022-01-05", l, nil)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
	}
	tg := tag.New(fr.All()...)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	b.ResetTimer()
	phrases := 0
	for range b.N {
		phrases = 0
		for _, a := range arts {
			ms, err := tg.Tag(context.Background(), a)
			if err != nil {
				b.Fatal(err)
			}
			timeline.Resolve(a, ms, timeline.ResolveOptions{})
			phrases += len(ms)
		}
	}
	b.ReportMetric(float64(phrases), "phrases")
}
