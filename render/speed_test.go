package render

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"frise/render/chromium"
	"frise/timeline"
	"frise/timeline/pipeline"
)

// manyEvents reads generated wire copy (five agencies, a month of days,
// French and English) until the chronology has n events, and keeps the
// first n.
func manyEvents(tb testing.TB, n int) timeline.Chronology {
	tb.Helper()
	srcs := []string{"AFP", "Reuters", "Belga", "AP", "DPA"}
	places := []string{"Almaty", "Astana", "Janaozen", "Aktau", "Chymkent", "Taraz", "Karaganda"}
	texts := []string{
		"Des manifestants ont bloqué mardi soir la route principale de %s. La police est intervenue le lendemain matin.",
		"L'état d'urgence a été décrété mercredi à %s, a annoncé le gouverneur. La veille, des bâtiments avaient été incendiés.",
		"Le couvre-feu sera levé jeudi à %s, selon les autorités. Il avait été instauré dans la nuit de lundi à mardi.",
		"Internet a été coupé dimanche dans la région de %s pendant trois jours. Il y a une semaine, les prix du gaz avaient doublé.",
		"Protesters blocked the main road of %s on Tuesday evening. Police moved in the next morning.",
	}
	p := pipeline.New(pipeline.Options{NoMerge: true})
	var results []timeline.Result
	events := 0
	for i := 0; events < n; i++ {
		text := fmt.Sprintf(texts[i%len(texts)], places[(i/len(texts))%len(places)]) + " (" + srcs[i%len(srcs)] + ")"
		a, err := timeline.NewArticle(fmt.Sprintf("a%d", i), fmt.Sprintf("2022-01-%02d", 3+i%25), text, nil)
		if err != nil {
			tb.Fatal(err)
		}
		r, err := p.Process(context.Background(), a)
		if err != nil {
			tb.Fatal(err)
		}
		results = append(results, r)
		events += len(r.Events)
	}
	c := p.Merge(results)
	c.Events = c.Events[:n]
	return c
}

// TestPageSpeed opens a page of $FRISE_PAGE_EVENTS events (10,000 by
// default) in headless Chromium and reports how long it takes to draw:
// from the start of navigation to the chart's first frame (the
// "frise-drawn" mark the page sets when ECharts has rendered it), and to
// the end of the load event (the chronology list parsed and linked), the
// median of three loads. It runs only when FRISE_PAGE_BENCH is set
// (.ci/bench-page): a figure for the README, not a timed unit test. It
// checks that every event is drawn, as a point or in a cluster, and
// listed.
func TestPageSpeed(t *testing.T) {
	if os.Getenv("FRISE_PAGE_BENCH") == "" {
		t.Skip("set FRISE_PAGE_BENCH=1 (or run .ci/bench-page) to measure the page")
	}
	n := 10_000
	if s := os.Getenv("FRISE_PAGE_EVENTS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	c := manyEvents(t, n)
	var b bytes.Buffer
	start := time.Now()
	if err := HTML(&b, c, Options{}); err != nil {
		t.Fatal(err)
	}
	built := time.Since(start)
	file := filepath.Join(t.TempDir(), "page.html")
	if out := os.Getenv("FRISE_PAGE_OUT"); out != "" {
		file = out // kept, to look at or to try changes on
	}
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, console := browserTab(t)
	var drawn, loaded []float64
	for range 3 {
		if err := chromedp.Do(ctx,
			chromedp.Navigate("file://"+file),
			chromium.WaitDrawn(60*time.Second),
		); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.readyState==='complete'&&performance.getEntriesByName('frise-drawn').length>0`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
			t.Fatal(err)
		}
		ms := eval[[]float64](t, ctx, `(function(){var e=performance.getEntriesByType('navigation')[0];return [performance.getEntriesByName('frise-drawn')[0].startTime-e.startTime,e.loadEventEnd-e.startTime];})()`)
		drawn, loaded = append(drawn, ms[0]), append(loaded, ms[1])
	}
	points := eval[int](t, ctx, `(function(){var el=document.querySelector('.frise-chart .item'),c=echarts.getInstanceByDom(el);var n=0;c.getOption().series.forEach(function(s){if(s.type==='scatter'){n+=s.data.length;}});window[el.id].clusters.forEach(function(k){n+=k.length;});return n;})()`)
	items := eval[int](t, ctx, `document.querySelectorAll('.frise-ev').length`)
	if points != n || items != n {
		t.Errorf("%d points and clustered events, %d listed events, want %d", points, items, n)
	}
	for _, p := range console() {
		t.Errorf("console: %s", p)
	}
	fmt.Printf("page: %d events, %.1f MB, built in %v; in headless Chromium, chart drawn in %.0f ms (median of %.0f), page loaded in %.0f ms (median of %.0f)\n",
		n, float64(b.Len())/1e6, built.Round(time.Millisecond), median(drawn), drawn, median(loaded), loaded)
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return s[len(s)/2]
}
