// Package chromium draws frise's pages in a headless Chromium (Chrome,
// Chromium or Edge) as PNG, SVG or PDF. It is the only package of frise
// that starts a process. The page it is given must hold ECharts (render's
// default page does): the browser is used with no network.
package chromium

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
)

// names are the commands Chromium goes by on PATH: Debian's "chromium",
// Ubuntu's older "chromium-browser", Google's and Microsoft's builds.
var names = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome",
	"microsoft-edge", "microsoft-edge-stable", "msedge"}

// places are where installers put a Chromium off PATH; "~" is the home
// directory.
func places(goos string) []string {
	switch goos {
	case "darwin":
		var out []string
		for _, app := range []string{"Google Chrome.app/Contents/MacOS/Google Chrome", "Chromium.app/Contents/MacOS/Chromium",
			"Microsoft Edge.app/Contents/MacOS/Microsoft Edge", "Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary"} {
			out = append(out, "/Applications/"+app, "~/Applications/"+app)
		}
		return out
	case "windows":
		var out []string
		for _, root := range []string{`C:\Program Files`, `C:\Program Files (x86)`, `~\AppData\Local`} {
			out = append(out, root+`\Google\Chrome\Application\chrome.exe`, root+`\Microsoft\Edge\Application\msedge.exe`,
				root+`\Chromium\Application\chrome.exe`)
		}
		return out
	}
	return []string{"/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", "/opt/google/chrome/chrome",
		"/opt/microsoft/msedge/msedge", "/usr/lib/chromium/chromium"}
}

// ErrNotFound says no Chromium was found.
var ErrNotFound = errors.New("no Chromium found for png, svg and pdf: install Chrome, Chromium or Edge " +
	"(Debian: apt-get install chromium), or name one with --browser or the browser config key")

// Find returns the browser to use: named (a path, or a command on PATH)
// when not empty, else the first Chromium on PATH or in the usual places.
func Find(named string) (string, error) {
	if named != "" {
		p, err := exec.LookPath(named)
		if err != nil {
			return "", fmt.Errorf("browser %q: %v: %w", named, err, ErrNotFound)
		}
		return p, nil
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	home, _ := os.UserHomeDir()
	for _, p := range places(runtime.GOOS) {
		if strings.HasPrefix(p, "~") {
			if home == "" {
				continue
			}
			p = filepath.Join(home, p[1:])
		}
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		}
	}
	return "", ErrNotFound
}

// Options say which browser draws, and how.
type Options struct {
	// Browser is the Chromium to use; empty means Find's.
	Browser string
	// Paper is the PDF's paper: a4 (default), a3, a5, letter or legal.
	Paper string
	// Scale is the PNG's pixels per CSS pixel (default 2).
	Scale float64
	// Width is the page's width in CSS pixels for PNG and SVG (default 1400).
	Width int
}

// papers are the paper names Options.Paper accepts.
var papers = map[string]chromedp.PaperSize{
	"a4": chromedp.PaperA4, "a3": chromedp.PaperA3, "a5": chromedp.PaperA5,
	"letter": chromedp.PaperLetter, "legal": chromedp.PaperLegal,
}

// pdfMargin is the PDF's margin on each side, in inches.
const pdfMargin = 0.4

// DrawnJS is true once every chart of the page has drawn.
const DrawnJS = `(function(){if(!window.echarts){return false;}var l=document.querySelectorAll('.frise-chart .item');if(!l.length){return false;}for(var i=0;i<l.length;i++){if(!echarts.getInstanceByDom(l[i])){return false;}}return true;})()`

// Image draws a page in headless Chromium and returns it as "png" or
// "svg" (the page's first chart, which for "svg" must have been made with
// the svg renderer) or "pdf" (the whole page, printed: its text stays
// text, and its charts are vector if drawn as SVG).
func Image(ctx context.Context, page []byte, format string, opt Options) ([]byte, error) {
	paper, ok := papers[cmpOr(opt.Paper, "a4")]
	if !ok {
		return nil, fmt.Errorf("paper %q: want a4, a3, a5, letter or legal", opt.Paper)
	}
	if format != "png" && format != "svg" && format != "pdf" {
		return nil, fmt.Errorf("image format %q: want png, svg or pdf", format)
	}
	browser, err := Find(opt.Browser)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "frise-image-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "chart.html")
	if err := os.WriteFile(file, page, 0o600); err != nil {
		return nil, err
	}
	width := cmpOr(opt.Width, 1400)
	if format == "pdf" {
		// The page is laid out at the printed width, so that the chart is
		// drawn at the size it is printed at.
		width = int((paper.Width - 2*pdfMargin) * 96)
	}
	// The first Run starts the browser: no timeout on it (it would stop the
	// browser), a timeout on the steps after. Chromium at times exits before
	// it listens (seen with two browsers starting at once on a busy
	// machine): it is started a second time, with a fresh profile.
	var bctx context.Context
	var cancel context.CancelFunc
	for attempt := 1; ; attempt++ {
		bctx, cancel = Start(ctx, browser, filepath.Join(dir, fmt.Sprint("profile", attempt)), width, 900)
		err = chromedp.Do(bctx)
		if err == nil {
			break
		}
		cancel()
		if attempt == 2 || ctx.Err() != nil {
			return nil, fmt.Errorf("start %s: %w", browser, err)
		}
	}
	defer cancel()
	tctx, cancel := context.WithTimeout(bctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx,
		chromedp.Navigate("file://"+file),
		WaitDrawn(20*time.Second),
	); err != nil {
		return nil, fmt.Errorf("draw the chart in %s: %w", browser, err)
	}
	const instance = `echarts.getInstanceByDom(document.querySelector('.frise-chart .item'))`
	var dataURL string
	switch format {
	case "png":
		scale := opt.Scale
		if scale <= 0 {
			scale = 2
		}
		dataURL, err = chromedp.Run(tctx, chromedp.Evaluate[string](fmt.Sprintf(
			instance+`.getDataURL({type:'png',pixelRatio:%g,backgroundColor:getComputedStyle(document.body).backgroundColor,excludeComponents:['toolbox','dataZoom']})`, scale)))
	case "svg":
		dataURL, err = chromedp.Run(tctx, chromedp.Evaluate[string](instance+`.getDataURL({type:'svg',excludeComponents:['toolbox','dataZoom']})`))
	case "pdf":
		var b []byte
		b, err = chromedp.Run(tctx, chromedp.PrintToPDF(chromedp.PDFPaper(paper), chromedp.PDFMargin(pdfMargin),
			chromedp.PDFPrintBackground(), chromedp.PDFOutlineAndTagged()))
		if err != nil {
			return nil, fmt.Errorf("print the page to PDF: %w", err)
		}
		return b, nil
	}
	if err != nil {
		return nil, fmt.Errorf("export the chart as %s: %w", format, err)
	}
	return decodeDataURL(dataURL)
}

func cmpOr[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

// Start starts a headless Chromium at path, with its profile in dir and a
// window of width by height CSS pixels; the context runs chromedp actions
// until cancel.
func Start(ctx context.Context, path, dir string, width, height int) (context.Context, context.CancelFunc) {
	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(path),
		chromedp.UserDataDir(dir),
		chromedp.NoSandbox, // root in containers; the page is frise's own, under its CSP
		chromedp.DisableGPU,
		chromedp.WindowSize(width, height),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	return bctx, func() { cancelBrowser(); cancelAlloc() }
}

// WaitDrawn waits until every chart of the page has drawn.
func WaitDrawn(timeout time.Duration) chromedp.Action[chromedp.Void] {
	p := chromedp.Poll[bool](DrawnJS, chromedp.WithPollingTimeout(timeout))
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := p(ctx, t)
		return chromedp.Void{}, err
	}
}

// decodeDataURL reads what ECharts' getDataURL returns: base64 for PNG,
// URL-encoded text for SVG.
func decodeDataURL(u string) ([]byte, error) {
	head, data, ok := strings.Cut(u, ",")
	if !ok || !strings.HasPrefix(head, "data:") {
		return nil, fmt.Errorf("chart image: unexpected data URL %.40q", u)
	}
	if strings.HasSuffix(head, ";base64") {
		return base64.StdEncoding.DecodeString(data)
	}
	s, err := url.PathUnescape(data)
	if err != nil {
		return nil, fmt.Errorf("chart image: %w", err)
	}
	return []byte(s), nil
}
