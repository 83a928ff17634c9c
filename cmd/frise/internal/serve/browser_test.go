package serve_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"frise/cmd/frise/internal/serve"
	"frise/render/chromium"
	"frise/samples"
)

// xss are script-injection vectors a person might paste: none may run.
const xss = `Mardi, <img src=x onerror="top.pwned=1"> la police </script><script>top.pwned=2</script> est venue.
Mercredi, __f__top.pwned=3__f__ le gouvernement <svg onload="top.pwned=4"> a démissionné. javascript:top.pwned=5 "><iframe src="javascript:top.pwned=6"></iframe>`

// TestBrowserPage uses the page of GET / in headless Chromium as a person
// would: pastes the sample article (and, after it, injection vectors), sets
// the date, presses the button, and finds the chart drawn and the
// chronology under it holding the article's events; nothing pasted ran,
// and the console stayed clean.
func TestBrowserPage(t *testing.T) {
	browser, err := chromium.Find("")
	if err != nil {
		t.Skipf("skipping the browser test: %v (.ci/run installs Debian's chromium; it could not here)", err)
	}
	f, err := samples.FS().Open("kazakhstan-2022-01.txt")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(f)
	// The article as a person copies it: its text, without frise's date line.
	_, article, _ := strings.Cut(strings.SplitN(string(raw), "\n", 2)[0], "date 2022-01 ")
	paste := article + "\n---\n" + xss

	h := newHandler(t, serve.Limits{})
	srv := httptest.NewServer(h)
	defer srv.Close()
	// What the chronology must hold: the events of the same paste through
	// the API.
	w := do(h, "POST", "/v1/timeline", "application/x-www-form-urlencoded",
		"date=2022-01-05&text="+urlEncode(paste))
	var want struct{ Events []struct{ Clause string } }
	if err := json.Unmarshal(w.Body.Bytes(), &want); err != nil || len(want.Events) < 5 {
		t.Fatalf("the API gives %d events (%v): %s", len(want.Events), err, w.Body)
	}

	ctx, cancel := chromium.Start(context.Background(), browser, t.TempDir(), 1400, 1000)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", browser, err)
	}
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
	tctx, tcancel := context.WithTimeout(ctx, 90*time.Second)
	defer tcancel()
	// The frame's chart is drawn, and its chronology is there.
	const drawn = `(function(){var d=document.getElementById('chart').contentDocument;if(!d||!d.defaultView.echarts){return false;}` +
		`var el=d.querySelector('.frise-chart .item');return !!(el&&d.defaultView.echarts.getInstanceByDom(el));})()`
	if err := chromedp.Do(tctx,
		chromedp.Navigate(srv.URL+"/?lang=fr"),
		chromedp.SetValue(chromedp.CSS("#text"), paste),
		chromedp.SetValue(chromedp.CSS("#date"), "2022-01-05"),
		chromedp.Click(chromedp.CSS("#draw")),
		voidOf(chromedp.Poll[bool](drawn, chromedp.WithPollingTimeout(30*time.Second))),
		chromedp.Sleep(500*time.Millisecond),
	); err != nil {
		t.Fatalf("paste the article and draw: %v", err)
	}
	eval := func(expr string, v any) {
		t.Helper()
		if err := evalInto(tctx, expr, v); err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
	}
	const doc = `document.getElementById('chart').contentDocument`
	var points int
	eval(`(function(){var d=`+doc+`;var o=d.defaultView.echarts.getInstanceByDom(d.querySelector('.frise-chart .item')).getOption();`+
		`var n=0;o.series.forEach(function(s){if(s.type==='scatter'){n+=s.data.length;}});return n;})()`, &points)
	if points != len(want.Events) {
		t.Errorf("the chart holds %d events, want %d", points, len(want.Events))
	}
	var items []string
	eval(`Array.prototype.map.call(`+doc+`.querySelectorAll('li.frise-ev'),function(li){return li.innerText;})`, &items)
	if len(items) != len(want.Events) {
		t.Errorf("the chronology lists %d events, want %d", len(items), len(want.Events))
	}
	list := strings.Join(items, "\n")
	for _, e := range want.Events {
		if clause := firstWords(e.Clause, 6); !strings.Contains(list, clause) {
			t.Errorf("the chronology lacks %q", clause)
		}
	}
	if !strings.Contains(list, "<img src=x") {
		t.Errorf("the pasted markup is not shown as text in the chronology")
	}
	var pwned string
	eval(`JSON.stringify([window.pwned, `+doc+`.defaultView.pwned])`, &pwned)
	if pwned != "[null,null]" {
		t.Errorf("pasted script ran: %s", pwned)
	}
	shot, err := chromedp.Run(tctx, chromedp.FullScreenshot(100))
	if err == nil {
		if dir, err := os.MkdirTemp("", "frise-serve-browser-"); err == nil {
			p := filepath.Join(dir, "page.png")
			os.WriteFile(p, shot, 0o644)
			t.Logf("screenshot: %s", p)
		}
	}
	// The README's picture of the page: the sample alone, pasted and drawn,
	// in $FRISE_SCREENSHOTS when set; the window tall enough for the frame
	// (80 % of it) to show the chart and the start of the chronology.
	if dir := os.Getenv("FRISE_SCREENSHOTS"); dir != "" {
		if err := chromedp.Do(tctx,
			chromedp.EmulateViewport(1400, 1700),
			chromedp.Navigate(srv.URL+"/?lang=fr"),
			chromedp.SetValue(chromedp.CSS("#text"), article),
			chromedp.SetValue(chromedp.CSS("#date"), "2022-01-05"),
			chromedp.Click(chromedp.CSS("#draw")),
			voidOf(chromedp.Poll[bool](drawn, chromedp.WithPollingTimeout(30*time.Second))),
			chromedp.Sleep(time.Second),
		); err != nil {
			t.Fatalf("paste the sample alone and draw: %v", err)
		}
		shot, err := chromedp.Run(tctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "serve-page.png"), shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stopConsole()
	close(problems)
	for p := range problems {
		if !strings.Contains(p, "favicon") {
			t.Errorf("console: %s", p)
		}
	}
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(n, len(w))], " ")
}

func urlEncode(s string) string {
	r := strings.NewReplacer("%", "%25", "&", "%26", "+", "%2B", "=", "%3D", "#", "%23", "\n", "%0A")
	return strings.ReplaceAll(r.Replace(s), " ", "+")
}

func voidOf[T any](a chromedp.Action[T]) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := a(ctx, t)
		return chromedp.Void{}, err
	}
}

func evalInto(ctx context.Context, expr string, v any) error {
	switch p := v.(type) {
	case *int:
		r, err := chromedp.Run(ctx, chromedp.Evaluate[int](expr))
		*p = r
		return err
	case *[]string:
		r, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](expr))
		*p = r
		return err
	case *string:
		r, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		*p = r
		return err
	}
	return errors.New("unsupported type")
}
