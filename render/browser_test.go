package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"frise/render/chromium"
	"frise/timeline"
)

// TestBrowser opens a chart page in headless Chromium, from a local HTTP
// server, as a reader would: no error in the console, the chart holds every
// event, a tooltip shows the sentence on hover, and the script-injection
// vectors in the article text ran nothing.
func TestBrowser(t *testing.T) {
	browser, err := chromium.Find("")
	if err != nil {
		t.Skipf("skipping the browser test: %v (.ci/run installs it; it could not here)", err)
	}

	c := chronology(`<img src=x onerror="window.pwned=1"> </script><script>window.pwned=2</script> __f__window.pwned=3__f__ javascript:window.pwned=4`)
	c.Articles = append(c.Articles, timeline.ArticleInfo{ID: "a2", Source: "AFP", Lang: "fr"})
	second := c.Events[0]
	second.Sources = []timeline.Provenance{second.Sources[0]}
	second.Sources[0].Source, second.Sources[0].Article = "AFP", "a2"
	c.Events = append(c.Events, second)
	var page bytes.Buffer
	if err := HTML(&page, c, Options{}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page.Bytes())
	}))
	defer srv.Close()

	ctx, cancel := chromium.Start(context.Background(), browser, t.TempDir(), 1400, 800)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", browser, err)
	}
	// Read the console from before the page loads.
	cctx, stopConsole := context.WithCancel(ctx)
	defer stopConsole()
	problems := make(chan string, 100)
	go func() {
		for m, err := range chromedp.Console(cctx) {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleWarning {
				problems <- m.String()
			}
		}
	}()
	tctx, tcancel := context.WithTimeout(ctx, 60*time.Second)
	defer tcancel()
	if err := chromedp.Do(tctx,
		chromedp.Navigate(srv.URL),
		chromium.WaitDrawn(60*time.Second),
		chromedp.Sleep(500*time.Millisecond),
	); err != nil {
		t.Fatalf("open the page: %v", err)
	}

	eval := func(expr string, v any) {
		t.Helper()
		if err := evalInto(tctx, expr, v); err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
	}
	const inst = `echarts.getInstanceByDom(document.querySelector('.frise-chart .item'))`
	var counts []int
	eval(`(function(){var o=`+inst+`.getOption();var n=0,s=0;o.series.forEach(function(x){s++;if(x.type==='scatter'){n+=x.data.length;}});return [s,n];})()`, &counts)
	if want := []int{7, len(c.Events)}; fmt.Sprint(counts) != fmt.Sprint(want) {
		t.Errorf("series and events in the chart: %v, want %v (two lanes, a span, a point and a cluster series each, and the stack a cluster opens into)", counts, want)
	}

	// Hover each event's point, as a mouse would, until the tooltip shows
	// the sentence of the first event.
	var xy []float64
	eval(`(function(){var c=`+inst+`;var o=c.getOption();for(var i=0;i<o.series.length;i++){var s=o.series[i];if(s.type!=='scatter'){continue;}for(var j=0;j<s.data.length;j++){if(s.data[j].value[2]===0){var p=c.convertToPixel({seriesIndex:i},[s.data[j].value[0],s.data[j].value[1]]);var r=document.querySelector('.frise-chart .item').getBoundingClientRect();return [p[0]+r.left,p[1]+r.top];}}}return [];})()`, &xy)
	if len(xy) != 2 {
		t.Fatalf("no point for the first event")
	}
	if err := chromedp.Do(tctx,
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, xy[0]-30, xy[1]-30),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, xy[0], xy[1]),
		chromedp.Sleep(700*time.Millisecond),
	); err != nil {
		t.Fatal(err)
	}
	var tip string
	eval(`(function(){var d=Array.prototype.slice.call(document.querySelectorAll('div')).filter(function(e){return e.style.position==='absolute'&&e.innerText.indexOf('Les troubles')>=0;});return d.length?d[0].innerText:'';})()`, &tip)
	if !strings.Contains(tip, "Les troubles ont éclaté dimanche") || !strings.Contains(tip, "dimanche 2 janvier 2022") {
		t.Errorf("the tooltip does not show the sentence and the date: %q", tip)
	}
	if !strings.Contains(tip, "<img src=x") {
		t.Errorf("the tooltip does not show the article text as text: %q", tip)
	}

	var pwned any
	eval(`window.pwned === undefined ? null : window.pwned`, &pwned)
	if pwned != nil {
		t.Errorf("injected script ran: window.pwned = %v", pwned)
	}
	shot, err := chromedp.Run(tctx, chromedp.Screenshot(chromedp.CSS(`.frise-chart`)))
	if err != nil {
		t.Fatal(err)
	}
	// Kept after the test, for a person to look at.
	dir, err := os.MkdirTemp("", "frise-browser-test-")
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "chart.png")
	if err := os.WriteFile(out, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", out)

	stopConsole()
	close(problems)
	for p := range problems {
		if !strings.Contains(p, "favicon") {
			t.Errorf("console: %s", p)
		}
	}
}

func evalInto(ctx context.Context, expr string, v any) error {
	switch p := v.(type) {
	case *[]int:
		r, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](expr))
		*p = r
		return err
	case *[]float64:
		r, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](expr))
		*p = r
		return err
	case *string:
		r, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		*p = r
		return err
	case *any:
		r, err := chromedp.Run(ctx, chromedp.Evaluate[any](expr))
		*p = r
		return err
	}
	return errors.New("unsupported type")
}
