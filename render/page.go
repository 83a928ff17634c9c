package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
)

// pageTmpl is frise's page around go-echarts' chart snippet. Its
// Content-Security-Policy lets run only the scripts it holds, by hash (and
// ECharts from its URL): even an escaping bug could not run injected script.
var pageTmpl = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="generator" content="frise">
<title>{{.Title}}</title>
{{.Echarts}}
<style>body{margin:0;font-family:system-ui,sans-serif;background:#fff}.frise-chart{margin:12px auto}.frise-clause{font-weight:600}</style>
</head>
<body>
{{.Body}}
</body>
</html>
`))

type pageData struct {
	Lang, Title, CSP string
	Echarts, Body    template.HTML
}

// writePage writes the chart as a page or a fragment.
func writePage(w io.Writer, ch *charts.Custom, data string, opt Options) error {
	elem, script, err := snippet(ch)
	if err != nil {
		return err
	}
	body := strings.Replace(elem, `class="container"`, `class="frise-chart"`, 1) + "\n<script>" + data + "</script>\n" + script
	echarts, hashes := echartsTag(opt)
	if opt.CDN {
		body = noEcharts(opt.EchartsURL) + "\n" + body
	}
	if opt.Fragment {
		_, err := io.WriteString(w, "<!-- frise timeline chart: ECharts "+EchartsVersion+" -->\n"+string(echarts)+"\n"+body+"\n")
		return err
	}
	hashes = append(hashes, hashOf(data), hashOf(scriptBody(script)))
	src := "'sha256-" + strings.Join(hashes, "' 'sha256-") + "'"
	if opt.CDN {
		src += " " + cspSource(opt.EchartsURL)
	}
	csp := "default-src 'none'; script-src " + src + "; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'"
	var buf bytes.Buffer
	err = pageTmpl.Execute(&buf, pageData{Lang: "fr", Title: opt.Title, CSP: csp,
		Echarts: echarts, Body: template.HTML(body)})
	if err != nil {
		return fmt.Errorf("render page: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// noEchartsJS hides the message that stands where the chart would be,
// once ECharts has loaded: a reader whose browser could not fetch it (no
// network, a blocked CDN) sees why there is no chart.
const noEchartsJS = `(function(){if(window.echarts){var m=document.querySelectorAll('.frise-noecharts');for(var i=0;i<m.length;i++){m[i].hidden=true;}}})();`

// noEcharts is that message and its script.
func noEcharts(url string) string {
	return `<p class="frise-noecharts" style="padding:1em;border:1px solid #c60;color:#840;background:#fff8f0">` +
		`The chart needs ECharts, which could not be loaded from ` + template.HTMLEscapeString(url) +
		` (no network, or the address is blocked). Build the page without --cdn to have it work offline.</p>` +
		"\n<script>" + noEchartsJS + "</script>"
}

// snippet renders the chart once, as go-echarts' page, and takes its
// element and script from it (go-echarts' RenderSnippet renders three
// times, and the options once more).
func snippet(ch *charts.Custom) (elem, script string, err error) {
	var buf bytes.Buffer
	if err := ch.Render(&buf); err != nil {
		return "", "", fmt.Errorf("render chart: %w", err)
	}
	page := buf.String()
	i := strings.Index(page, `<div class="container">`)
	j := strings.Index(page, "<script type=\"text/javascript\">")
	k := strings.LastIndex(page, "</script>")
	if i < 0 || j < i || k < j {
		return "", "", fmt.Errorf("render chart: unexpected go-echarts page")
	}
	return strings.TrimSpace(page[i:j]), page[j : k+len("</script>")], nil
}

// echartsTag is the <script> that brings ECharts, and the hashes the CSP
// needs for the page's scripts other than the chart's: ECharts inline
// (embedded, or Options.EchartsJS), or loaded from its URL with the
// fallback message's script.
func echartsTag(opt Options) (template.HTML, []string) {
	if opt.CDN {
		return template.HTML(`<script src="` + template.HTMLEscapeString(opt.EchartsURL) + `"></script>`), []string{hashOf(noEchartsJS)}
	}
	js, hash := echartsMin, echartsMinHash
	if len(opt.EchartsJS) > 0 {
		// A script cannot hold "</script"; ECharts' minified source does not,
		// and a file that does is not ECharts.
		js = strings.ReplaceAll(string(opt.EchartsJS), "</script", `<\/script`)
		hash = hashOf(js)
	}
	return template.HTML("<script>" + js + "</script>"), []string{hash}
}

// scriptBody returns what go-echarts' <script> tag holds.
func scriptBody(tag string) string {
	i := strings.Index(tag, ">")
	j := strings.LastIndex(tag, "</script>")
	if i < 0 || j < i {
		return tag
	}
	return tag[i+1 : j]
}

// cspSource is how a CSP names where ECharts comes from: its URL when
// absolute, the page's own origin for a relative one.
func cspSource(u string) string {
	if i := strings.Index(u, "://"); i > 0 && !strings.ContainsAny(u, " ;'\"") {
		return u
	}
	return "'self'"
}

func hashOf(script string) string {
	h := sha256.Sum256([]byte(script))
	return base64.StdEncoding.EncodeToString(h[:])
}
