package render

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
)

// Browsers are the names Chromium goes by; Debian's package is "chromium".
var Browsers = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// ErrNoBrowser says no Chromium was found for images.
var ErrNoBrowser = errors.New("no Chromium found: install Debian's chromium package (apt-get install chromium)")

// FindBrowser returns the path of a Chromium on PATH.
func FindBrowser() (string, error) {
	for _, name := range Browsers {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoBrowser
}

// readyJS is true once the chart of the page has drawn.
const readyJS = `(function(){var el=document.querySelector('.frise-chart .item');if(!el||!window.echarts){return false;}return !!echarts.getInstanceByDom(el);})()`

// Image draws a page (which must hold ECharts inline: the browser has no
// network) in headless Chromium and returns it as "png", "svg" or "pdf".
// The page for "svg" must have been made with Renderer "svg".
func Image(ctx context.Context, pageHTML []byte, format string) ([]byte, error) {
	browser, err := FindBrowser()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "frise-image-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "chart.html")
	if err := os.WriteFile(file, pageHTML, 0o600); err != nil {
		return nil, err
	}
	// The first Run starts the browser: no timeout on it (it would stop the
	// browser), a timeout on the steps after. Chromium at times exits before
	// it listens (seen with two browsers starting at once on a busy
	// machine): it is started a second time, with a fresh profile.
	var bctx context.Context
	var cancel context.CancelFunc
	for attempt := 1; ; attempt++ {
		bctx, cancel = Browser(ctx, browser, filepath.Join(dir, fmt.Sprint("profile", attempt)))
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
		voidOf(chromedp.Poll[bool](readyJS, chromedp.WithPollingTimeout(20*time.Second))),
	); err != nil {
		return nil, fmt.Errorf("draw the chart in %s: %w", browser, err)
	}
	instance := `echarts.getInstanceByDom(document.querySelector('.frise-chart .item'))`
	var dataURL string
	switch format {
	case "png":
		dataURL, err = chromedp.Run(tctx, chromedp.Evaluate[string](instance+`.getDataURL({type:'png',pixelRatio:2,backgroundColor:'#fff',excludeComponents:['toolbox','dataZoom']})`))
	case "svg":
		dataURL, err = chromedp.Run(tctx, chromedp.Evaluate[string](instance+`.getDataURL({type:'svg',excludeComponents:['toolbox','dataZoom']})`))
	case "pdf":
		var b []byte
		b, err = chromedp.Run(tctx, chromedp.PrintToPDF(chromedp.PDFLandscape(), chromedp.PDFPrintBackground()))
		if err != nil {
			return nil, fmt.Errorf("print the chart to PDF: %w", err)
		}
		return b, nil
	default:
		return nil, fmt.Errorf("image format %q: want png, svg or pdf", format)
	}
	if err != nil {
		return nil, fmt.Errorf("export the chart as %s: %w", format, err)
	}
	return decodeDataURL(dataURL)
}

// Browser starts a headless Chromium at path, with its profile in dir; the
// context runs chromedp actions until cancel.
func Browser(ctx context.Context, path, dir string) (context.Context, context.CancelFunc) {
	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(path),
		chromedp.UserDataDir(dir),
		chromedp.NoSandbox, // root in containers; the page is frise's own, under its CSP
		chromedp.DisableGPU,
		chromedp.WindowSize(1400, 800),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("no-first-run", true),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	return bctx, func() { cancelBrowser(); cancelAlloc() }
}

func voidOf[T any](a chromedp.Action[T]) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := a(ctx, t)
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
