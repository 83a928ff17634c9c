package render

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"frise/render/chromium"
	"frise/samples"
	"frise/timeline"
	"frise/timeline/pipeline"
)

// sampleChronology is the embedded samples read as frise build reads them,
// anchored on 2022-01-05: four agencies, French and English.
func sampleChronology(tb testing.TB) timeline.Chronology {
	tb.Helper()
	p := pipeline.New(pipeline.Options{Anchor: time.Date(2022, 1, 5, 0, 0, 0, 0, time.UTC)})
	var results []timeline.Result
	for _, name := range samples.Names() {
		f, err := samples.FS().Open(name)
		if err != nil {
			tb.Fatal(err)
		}
		for a, err := range p.Articles(name, f) {
			if err != nil {
				tb.Fatal(err)
			}
			r, err := p.Process(context.Background(), a)
			if err != nil {
				tb.Fatal(err)
			}
			results = append(results, r)
		}
		f.Close()
	}
	c := p.Merge(results)
	if len(c.Events) < 10 {
		tb.Fatalf("%d events in the samples", len(c.Events))
	}
	return c
}

// browserTab starts Chromium, or skips the test when there is none, and
// returns a tab and the console's errors and warnings so far.
func browserTab(t *testing.T) (context.Context, func() []string) {
	t.Helper()
	browser, err := chromium.Find("")
	if err != nil {
		t.Skipf("skipping the browser test: %v (.ci/run installs it; it could not here)", err)
	}
	ctx, cancel := chromium.Start(context.Background(), browser, t.TempDir(), 1400, 900)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", browser, err)
	}
	var mu sync.Mutex
	var problems []string
	cctx, stop := context.WithCancel(ctx)
	t.Cleanup(stop)
	go func() {
		for m, err := range chromedp.Console(cctx) {
			if err != nil {
				return
			}
			if (m.IsException() || m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleWarning) && !strings.Contains(m.String(), "favicon") {
				mu.Lock()
				problems = append(problems, m.String())
				mu.Unlock()
			}
		}
	}()
	tctx, tcancel := context.WithTimeout(ctx, 5*time.Minute)
	t.Cleanup(tcancel)
	return tctx, func() []string {
		time.Sleep(100 * time.Millisecond)
		mu.Lock()
		defer mu.Unlock()
		out := problems
		problems = nil
		return out
	}
}

func serve(t *testing.T, pages map[string][]byte) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, ok := pages[r.URL.Path]
		if r.URL.Path == "/favicon.ico" {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%.120s: %v", expr, err)
	}
	return v
}

// settledJS reads how many times the chart has finished drawing (see
// afterJS: animations over, no relayout pending), or -1 while it is busy.
const settledJS = `(function(){var el=document.querySelector('.frise-chart .item'),D=el&&window[el.id];return D&&D.settled?D.drawn:-1;})()`

// settled waits until the chart has finished drawing more than after
// times, and returns that count: geometry read before then is the middle
// of an animation, or the layout before the last zoom.
func settled(t *testing.T, ctx context.Context, after int) int {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		n := eval[int](t, ctx, settledJS)
		if n > after {
			return n
		}
		if time.Now().After(deadline) {
			t.Fatalf("the chart has not finished drawing after 60 s (drawn %d times, waiting for more than %d)", n, after)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// labelCheckJS reads, from the chart's own API, the box of every label
// the chart shows (zrender's text spans of the texts that belong to a point) and of
// every mark (each bar and point, placed with convertToPixel), and reports
// the labels that overlap a mark or another label, with the count of
// labels shown. Boxes are shrunk by half a pixel: touching is not covering.
const labelCheckJS = `(function(){
var el=document.querySelector('.frise-chart .item'), c=echarts.getInstanceByDom(el), o=c.getOption();
var W=c.getWidth(), H=c.getHeight(), labels=[], marks=[];
c.getZr().storage.getDisplayList(true).forEach(function(e){
 // A label is drawn as tspans, children of the text that belongs to its point.
 if(e.type!=='tspan'||!e.parent||!e.parent.__hostTarget||e.ignore||e.invisible||e.parent.ignore||e.parent.invisible||!e.style||!e.style.text){return;}
 var r=e.getBoundingRect().clone(); r.applyTransform(e.getComputedTransform());
 if(r.x+r.width<0||r.x>W||r.y+r.height<0||r.y>H){return;}
 labels.push([r.x,r.y,r.x+r.width,r.y+r.height,e.style.text]);});
var g=c.getModel().getComponent('grid',0).coordinateSystem.getRect();
o.series.forEach(function(s){if(s.xAxisIndex){return;}(s.data||[]).forEach(function(d){var v=d.value;if(!v){return;}
 if(String(s.id).indexOf('clusters')===0){var q=c.convertToPixel({xAxisIndex:0,yAxisIndex:0},[v[0],v[1]]),w=(10+7*(1+String(v[2]).length))/2;marks.push([q[0]-w,q[1]-8,q[0]+w,q[1]+8,'cluster '+v[3]]);}
 else if(s.type==='custom'){var a=c.convertToPixel({xAxisIndex:0,yAxisIndex:0},[v[0],v[2]]),b=c.convertToPixel({xAxisIndex:0,yAxisIndex:0},[v[1],v[2]]),h=v[4]?4:(v[3]===2?12:8);marks.push([a[0],a[1]-h/2,Math.max(b[0],a[0]+2),a[1]+h/2,'bar '+v[5]]);}
 else if(s.type==='scatter'){var q=c.convertToPixel({xAxisIndex:0,yAxisIndex:0},[v[0],v[1]]),r=(d.symbolSize||10)/2;marks.push([q[0]-r,q[1]-r,q[0]+r,q[1]+r,'point '+v[2]]);}});});
marks=marks.filter(function(m){return m[2]>g.x&&m[0]<g.x+g.width;});
function hit(a,b){return a[0]+0.5<b[2]&&b[0]+0.5<a[2]&&a[1]+0.5<b[3]&&b[1]+0.5<a[3];}
var bad=[];
labels.forEach(function(l,i){
 marks.forEach(function(m){if(hit(l,m)){bad.push('label "'+l[4]+'" on '+m[4]);}});
 labels.forEach(function(k,j){if(j>i&&hit(l,k)){bad.push('label "'+l[4]+'" on label "'+k[4]+'"');}});
 if(l[2]>W+0.5){bad.push('label "'+l[4]+'" past the chart');}});
return {shown:labels.length,bad:bad};})()`

type labelCheck struct {
	Shown int
	Bad   []string
}

// TestBrowserPage opens the samples' page, light and dark, at 1400, 800
// and 390 pixels wide, as a reader would: no error in the console, every
// event in the list, the search filters it, clicking a point scrolls the
// list to its event, no label covers a mark or another label, the lanes'
// colours differ, nothing is wider than the window. Screenshots go to
// $FRISE_SCREENSHOTS when set (docs/ holds those of the README).
func TestBrowserPage(t *testing.T) {
	c := sampleChronology(t)
	base := serve(t, themedPages(t, c))
	ctx, console := browserTab(t)
	shots := os.Getenv("FRISE_SCREENSHOTS")

	// The search word: one some events hold and others do not.
	const word = "almaty"
	want := 0
	for _, e := range append(c.Events, c.Undated...) {
		if strings.Contains(strings.ToLower(e.Sources[0].Sentence), word) {
			want++
		}
	}
	if want == 0 || want == len(c.Events) {
		t.Fatalf("%d of %d events hold %q: pick another word", want, len(c.Events), word)
	}

	for _, theme := range []string{"white", "dark"} {
		for _, width := range []int{1400, 800, 390} {
			t.Run(fmt.Sprintf("%s/%d", theme, width), func(t *testing.T) {
				if err := chromedp.Do(ctx,
					chromedp.EmulateViewport(int64(width), 900),
					chromedp.Navigate(base+"/"+theme),
					chromium.WaitDrawn(60*time.Second),
				); err != nil {
					t.Fatalf("open the page: %v", err)
				}
				settled(t, ctx, 0)
				if shots != "" { // the window, before anything is clicked
					time.Sleep(1200 * time.Millisecond) // the chart's animation ends
					shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
					if err != nil {
						t.Fatal(err)
					}
					name := filepath.Join(shots, fmt.Sprintf("page-%s-%d.png", theme, width))
					if err := os.WriteFile(name, shot, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				if n := eval[int](t, ctx, `document.documentElement.scrollWidth`); n > width {
					t.Errorf("the page is %d px wide in a %d px window", n, width)
				}
				if n := eval[int](t, ctx, `document.querySelector('.frise-chart .item').scrollWidth`); n > width {
					t.Errorf("the chart is %d px wide in a %d px window", n, width)
				}

				// Every event, once, in the list.
				ids := eval[[]int](t, ctx, `Array.prototype.map.call(document.querySelectorAll('.frise-ev'),function(li){return +li.getAttribute('data-i');})`)
				if len(ids) != len(c.Events)+len(c.Undated) {
					t.Errorf("%d events in the list, want %d dated and %d undated", len(ids), len(c.Events), len(c.Undated))
				}
				// In order within each day; a day's events told in other
				// zones, which the chronology's order of instants may
				// interleave with a neighbouring day, are under its one heading.
				groups := eval[[][]int](t, ctx, `Array.prototype.map.call(document.querySelectorAll('.frise-group'),function(g){return Array.prototype.map.call(g.querySelectorAll('.frise-ev'),function(li){return +li.getAttribute('data-i');});})`)
				once := map[int]bool{}
				for _, g := range groups {
					for k, id := range g {
						if k > 0 && id < g[k-1] {
							t.Errorf("a day lists event %d after event %d", id, g[k-1])
						}
						if once[id] {
							t.Errorf("event %d listed twice", id)
						}
						once[id] = true
					}
				}

				// The lanes' colours, as the chart draws them, differ.
				colours := eval[[]string](t, ctx, `(function(){var c=echarts.getInstanceByDom(document.querySelector('.frise-chart .item'));return c.getOption().series.map(function(s,i){return s.type==='scatter'?c.getVisual({seriesIndex:i},'color'):'';}).filter(Boolean);})()`)
				seen := map[string]bool{}
				for _, col := range colours {
					if seen[strings.ToLower(col)] {
						t.Errorf("two lanes drawn in %s: %v", col, colours)
					}
					seen[strings.ToLower(col)] = true
				}
				if len(colours) < 4 {
					t.Errorf("%d lanes, want the samples' 4 agencies", len(colours))
				}

				lc := eval[labelCheck](t, ctx, labelCheckJS)
				for _, b := range lc.Bad {
					t.Errorf("%s", b)
				}
				if width >= 800 && lc.Shown < 5 {
					t.Errorf("%d labels shown at %d px", lc.Shown, width)
				}

				// Search: type a word; the list keeps the events that hold it.
				if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(`.frise-q`), "Almaty")); err != nil {
					t.Fatal(err)
				}
				if got := eval[int](t, ctx, `document.querySelectorAll('.frise-ev:not([hidden])').length`); got != want {
					t.Errorf("search %q keeps %d events, want %d", word, got, want)
				}
				eval[bool](t, ctx, `(function(){var q=document.querySelector('.frise-q');q.value='';q.dispatchEvent(new Event('input'));return true;})()`)
				if got := eval[int](t, ctx, `document.querySelectorAll('.frise-ev:not([hidden])').length`); got != len(ids) {
					t.Errorf("after clearing the search, %d events shown, want %d", got, len(ids))
				}

				// Click the point farthest from any other: the list scrolls to its event.
				target := eval[[]float64](t, ctx, `(function(){
var el=document.querySelector('.frise-chart .item'),c=echarts.getInstanceByDom(el),o=c.getOption(),pts=[],g=c.getModel().getComponent('grid',0).coordinateSystem.getRect();
o.series.forEach(function(s){if(s.type!=='scatter'){return;}s.data.forEach(function(d){var p=c.convertToPixel({xAxisIndex:0,yAxisIndex:0},[d.value[0],d.value[1]]);if(p[0]>g.x+4&&p[0]<g.x+g.width-4){pts.push([p[0],p[1],d.value[2]]);}});});
var best=null,bd=-1;pts.forEach(function(p){var m=1e9;pts.forEach(function(q){if(q!==p){m=Math.min(m,Math.hypot(p[0]-q[0],p[1]-q[1]));}});if(m>bd){bd=m;best=p;}});
window.scrollTo(0,0);var r=el.getBoundingClientRect();return [best[0]+r.left,best[1]+r.top,best[2]];})()`)
				if err := chromedp.Do(ctx, chromedp.MouseClickXY(target[0], target[1]), chromedp.Sleep(300*time.Millisecond)); err != nil {
					t.Fatal(err)
				}
				got := eval[[]float64](t, ctx, `(function(){var li=document.querySelector('.frise-ev.frise-on');if(!li){return [];}var r=li.getBoundingClientRect();return [+li.getAttribute('data-i'),r.top,r.bottom,window.innerHeight,window.scrollY];})()`)
				switch {
				case len(got) == 0:
					t.Errorf("clicking event %v's point marked no event in the list", target[2])
				case got[0] != target[2]:
					t.Errorf("clicking event %v's point marked event %v", target[2], got[0])
				case got[1] < 0 || got[2] > got[3] || got[4] == 0:
					t.Errorf("event %v is not scrolled into view: top %v, bottom %v, window %v, scrolled %v", target[2], got[1], got[2], got[3], got[4])
				}
				for _, p := range console() {
					t.Errorf("console: %s", p)
				}
			})
		}
	}
}

// TestBrowserFragments puts two fragments of the same chronology, and one
// of another, on one host page: all three draw, each list linked to its
// own chart.
func TestBrowserFragments(t *testing.T) {
	c := sampleChronology(t)
	small := chronology("x")
	var host bytes.Buffer
	host.WriteString("<!DOCTYPE html><html><head><meta charset=utf-8><title>report</title></head><body><h1>Report</h1>\n")
	for k, ch := range []timeline.Chronology{c, c, small} {
		var b bytes.Buffer
		if err := HTML(&b, ch, Options{Fragment: true, Height: "420px"}); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&host, "<h2>Figure %d</h2>\n%s\n", k+1, b.String())
	}
	host.WriteString("</body></html>\n")
	base := serve(t, map[string][]byte{"/report": host.Bytes()})
	ctx, console := browserTab(t)
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1000, 1400),
		chromedp.Navigate(base+"/report"),
		chromium.WaitDrawn(60*time.Second),
		chromedp.Sleep(300*time.Millisecond),
	); err != nil {
		t.Fatalf("open the report: %v", err)
	}
	counts := eval[[]int](t, ctx, `Array.prototype.map.call(document.querySelectorAll('.frise'),function(f){var el=f.querySelector('.frise-chart .item'),ch=echarts.getInstanceByDom(el);var n=0;ch.getOption().series.forEach(function(s){if(s.type==='scatter'){n+=s.data.length;}});window[el.id].clusters.forEach(function(k){n+=k.length;});return n*1000+f.querySelectorAll('.frise-ev').length;})`)
	want := []int{len(c.Events)*1000 + len(c.Events), len(c.Events)*1000 + len(c.Events), len(small.Events)*1000 + len(small.Events)}
	if fmt.Sprint(counts) != fmt.Sprint(want) {
		t.Errorf("(points and clustered events)*1000+listed events of each fragment: %v, want %v", counts, want)
	}
	// The second fragment's search filters its own list only.
	eval[bool](t, ctx, `(function(){var q=document.querySelectorAll('.frise-q')[1];q.value='Almaty';q.dispatchEvent(new Event('input'));return true;})()`)
	shown := eval[[]int](t, ctx, `Array.prototype.map.call(document.querySelectorAll('.frise'),function(f){return f.querySelectorAll('.frise-ev:not([hidden])').length;})`)
	if len(shown) != 3 || shown[0] != len(c.Events) || shown[1] >= len(c.Events) || shown[1] == 0 {
		t.Errorf("events shown in each list after searching the second: %v", shown)
	}
	if shots := os.Getenv("FRISE_SCREENSHOTS"); shots != "" {
		time.Sleep(1200 * time.Millisecond) // the chart's animation ends
		shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(shots, "fragments.png"), shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range console() {
		t.Errorf("console: %s", p)
	}
}

// TestBrowserCDNFragments puts two --cdn fragments on one host page:
// ECharts is fetched once, and both charts draw.
func TestBrowserCDNFragments(t *testing.T) {
	c := sampleChronology(t)
	var mu sync.Mutex
	fetched := 0
	var host bytes.Buffer
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/echarts.min.js":
			mu.Lock()
			fetched++
			mu.Unlock()
			w.Header().Set("Content-Type", "text/javascript")
			io.WriteString(w, echartsMin)
		case "/report":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(host.Bytes())
		case "/favicon.ico":
			w.WriteHeader(http.StatusNoContent)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	host.WriteString("<!DOCTYPE html><html><head><meta charset=utf-8><title>report</title></head><body>\n")
	for k := range 2 {
		var b bytes.Buffer
		if err := HTML(&b, c, Options{Fragment: true, CDN: true, EchartsURL: srv.URL + "/echarts.min.js", Height: "420px"}); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&host, "<h2>Figure %d</h2>\n%s\n", k+1, b.String())
	}
	host.WriteString("</body></html>\n")
	ctx, console := browserTab(t)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/report"),
		chromium.WaitDrawn(60*time.Second),
		chromedp.Sleep(300*time.Millisecond),
	); err != nil {
		t.Fatalf("open the report: %v", err)
	}
	charts := eval[int](t, ctx, `Array.prototype.filter.call(document.querySelectorAll('.frise-chart .item'),function(el){var c=echarts.getInstanceByDom(el);return c&&c.getOption().series.some(function(s){return s.type==='scatter'&&s.data.length>0;});}).length`)
	if charts != 2 {
		t.Errorf("%d charts drawn, want 2", charts)
	}
	if shown := eval[int](t, ctx, `Array.prototype.filter.call(document.querySelectorAll('.frise-noecharts'),function(p){return !p.hidden;}).length`); shown != 0 {
		t.Errorf("%d messages that ECharts could not load, with ECharts loaded", shown)
	}
	mu.Lock()
	defer mu.Unlock()
	if fetched != 1 {
		t.Errorf("ECharts fetched %d times for two fragments, want once", fetched)
	}
	for _, p := range console() {
		t.Errorf("console: %s", p)
	}
}

// themedPages is c's page in the light and the dark theme, served at
// /white and /dark.
func themedPages(t *testing.T, c timeline.Chronology) map[string][]byte {
	t.Helper()
	pages := map[string][]byte{}
	for _, theme := range []string{"white", "dark"} {
		var b bytes.Buffer
		if err := HTML(&b, c, Options{Theme: theme}); err != nil {
			t.Fatal(err)
		}
		pages["/"+theme] = b.Bytes()
	}
	return pages
}
