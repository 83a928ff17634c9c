package tag

import (
	"encoding/json"
	"os"
	"runtime"
	"strings"
	"testing"

	"frise/timeline"
	"frise/timeline/fr"
)

// BenchmarkTagResolveNews tags and resolves real French news: the 54
// articles of the French TimeBank part in ../shared/eval (43 KB), on one
// core, as a long run reads news: the tagger's tables (the states of its
// automaton, what each word may trigger) are built, but it remembers no
// phrase of these articles (its memos are emptied before each pass), as
// for text it has never read. Each article's phrases are written over
// the last one's, as frise extract writes them (timeline.ProcessAppend).
func BenchmarkTagResolveNews(b *testing.B) {
	raw, err := os.ReadFile("../../../shared/eval/ftib_dev.jsonl")
	if err != nil {
		b.Skipf("French TimeBank articles not found: %v", err)
	}
	var arts []*timeline.Article
	size := 0
	for _, l := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		var d struct{ ID, Text, DCT string }
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			b.Fatal(err)
		}
		a, err := timeline.NewArticle(d.ID, d.DCT, d.Text, nil)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		size += len(d.Text)
	}
	tg := New(fr.All()...)
	for _, a := range arts {
		tg.TagText(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	phrases := 0
	for range b.N {
		b.StopTimer()
		for _, w := range tg.work.free {
			for _, mm := range w.memos {
				if mm != nil {
					clear(mm.found)
				}
			}
		}
		rs := timeline.NewResolver() // remembering no value either
		runtime.GC()
		b.StartTimer()
		phrases = 0
		var ms []timeline.Mention // written over, article after article, as frise extract does
		for _, a := range arts {
			ms = tg.AppendText(ms[:0], a.Text)
			rs.Resolve(a, ms, timeline.ResolveOptions{})
			phrases += len(ms)
		}
	}
	b.ReportMetric(float64(phrases), "phrases")
}
