package tag

import (
	"encoding/json"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"frise/timeline"
	"frise/timeline/fr"
	"frise/timeline/lang"
)

// BenchmarkTagResolve tags and resolves the 1 MB of French news text of
// the shared benchmark file, one article per line, on one core, as a long
// run reads text: the tagger's tables (the states of its automaton, what
// each word may trigger) are built, but it remembers no phrase (its memos
// are emptied before each pass). That text is made of a few hundred
// sentences drawn again and again (234 distinct words): what the tagger
// remembers of the phrases it meets in a pass pays there far more than on
// news it has never read (BenchmarkTagResolveNews).
func BenchmarkTagResolve(b *testing.B) {
	arts, size := benchArticles(b)
	tg := For(fr.Language())
	for _, a := range arts {
		tg.TagText(a.Text)
	}
	runTagResolve(b, tg, arts, size)
}

// BenchmarkTagResolveCold is BenchmarkTagResolve with a new tagger each
// pass: its automaton's states are built as the pass needs them, as in
// the first megabyte a run reads.
func BenchmarkTagResolveCold(b *testing.B) {
	arts, size := benchArticles(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for range b.N {
		b.StopTimer()
		tg := For(fr.Language())
		runtime.GC() // compiling the rules leaves garbage the text did not make
		b.StartTimer()
		tagResolve(tg, arts)
	}
}

// BenchmarkTagResolveNews tags and resolves real French news: the 54
// articles of the French TimeBank part in ../shared/eval (43 KB), on one
// core, as BenchmarkTagResolve reads the benchmark file: tables built,
// no phrase of these articles remembered, as for text never read.
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
	tg := For(fr.Language())
	for _, a := range arts {
		tg.TagText(a.Text)
	}
	runTagResolve(b, tg, arts, size)
}

// benchArticles reads the benchmark file, an article a line, dated as a
// feed dates its stories: a time of 5 January 2022 with its offset, in
// turn from Paris (+01:00), London (Z), New York (-05:00) and Delhi
// (+05:30), so that resolving works in the zones users' articles come in,
// not in UTC alone; size is the file's.
func benchArticles(b *testing.B) ([]*timeline.Article, int) {
	raw, err := os.ReadFile("../../../shared/bench/bench_fr.txt")
	if err != nil {
		b.Skipf("benchmark text not found: %v", err)
	}
	var arts []*timeline.Article
	for i, text := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		a, err := timeline.NewArticle("b"+strconv.Itoa(i), feedDates[i%len(feedDates)], text, nil)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts, len(raw)
}

// feedDates are the datelines benchArticles gives, in turn.
var feedDates = []string{
	"2022-01-05T09:30:00+01:00", "2022-01-05T08:12:00Z", "2022-01-05T06:45:00-05:00", "2022-01-05T14:05:00+05:30",
	"2022-01-05T17:20:00+01:00", "2022-01-05T11:02:00Z", "2022-01-05T21:40:00-05:00", "2022-01-05T19:55:00+05:30",
}

// runTagResolve times passes of tg over arts, its memos emptied and a new
// resolver (remembering no value either) each pass.
func runTagResolve(b *testing.B, tg *Tagger, arts []*timeline.Article, size int) {
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
		runtime.GC()
		b.StartTimer()
		phrases = tagResolve(tg, arts)
	}
	b.ReportMetric(float64(phrases), "phrases")
}

// benchFrench gives the resolver French's words that tell a clause looks
// ahead, as frise reads them; made once, outside the timed passes.
var benchFrench = fr.Language()

// tagResolve tags and resolves arts, each article's phrases written over
// the last one's as frise extract writes them (timeline.ProcessAppend),
// and counts the phrases.
func tagResolve(tg *Tagger, arts []*timeline.Article) int {
	rs := timeline.NewResolver()
	opt := timeline.ResolveOptions{Languages: func(string) *lang.Language { return &benchFrench }}
	var ms []timeline.Mention
	n := 0
	for _, a := range arts {
		ms = tg.AppendText(ms[:0], a.Text)
		rs.Resolve(a, ms, opt)
		n += len(ms)
	}
	return n
}

// BenchmarkTagRun tags the benchmark file three times with a new tagger,
// as `frise tag --jsonl` reads the benchmark JSONL (the file three times,
// an article a line): the first pass builds the automaton's states and
// meets the words, the next two find what the first left; the tagger
// alone, no resolving. Its figure is per megabyte read (3 MB an op).
func BenchmarkTagRun(b *testing.B) {
	arts, size := benchArticles(b)
	b.SetBytes(int64(3 * size))
	b.ReportAllocs()
	for range b.N {
		b.StopTimer()
		tg := For(fr.Language())
		runtime.GC()
		b.StartTimer()
		var ms []timeline.Mention
		for range 3 {
			for _, a := range arts {
				ms = tg.AppendText(ms[:0], a.Text)
			}
		}
	}
}
