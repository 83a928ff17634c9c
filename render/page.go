package render

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	echarts "github.com/go-echarts/go-echarts/v2/render"
	"github.com/go-echarts/go-echarts/v2/templates"
	"github.com/go-echarts/go-echarts/v2/types"
)

// pageTmpl is frise's page around go-echarts' chart snippet. Its
// Content-Security-Policy lets run only the scripts it holds, by hash (and
// ECharts from its URL with --cdn): even an escaping bug could not run
// injected script.
var pageTmpl = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="generator" content="frise">
<title>{{.Title}}</title>
{{.Echarts}}
<style>body{margin:0;font-family:system-ui,sans-serif;background:{{.Background}}}@page{size:A4;margin:12mm}</style>
</head>
<body>
{{.Body}}
</body>
</html>
`))

type pageData struct {
	Lang, Title, CSP string
	Background       template.CSS
	Echarts, Body    template.HTML
}

// listCSS styles the chart's box and the chronology under it, for screen
// and print, in both themes. Every rule is under .frise, so a fragment's
// style does not reach the report around it.
const listCSS = `.frise{--fg:#1d1d1f;--muted:#5a5a66;--line:#d8d8e0;--mark:#ffe08a;--on:#e8f0fb;color:var(--fg);font-family:system-ui,sans-serif}
.frise.frise-dark{--fg:#e6e6ee;--muted:#a6a6b8;--line:#3a3656;--mark:#7a5d00;--on:#26305a;background:#100c2a}
.frise .frise-chart{margin:12px auto;max-width:100%;overflow:hidden}
.frise .frise-clause{font-weight:600}
.frise-list{max-width:980px;margin:0 auto;padding:8px 16px 32px;line-height:1.45}
.frise-list h2{font-size:1.25rem;margin:16px 0 8px}.frise-list h2 small{font-weight:400;color:var(--muted);font-size:.9rem}
.frise-list h3{font-size:1rem;margin:18px 0 4px;padding-bottom:2px;border-bottom:1px solid var(--line)}
.frise-list ol{list-style:none;margin:0;padding:0}
.frise-group{content-visibility:auto}
.frise-ev{padding:6px 8px;border-left:3px solid transparent;margin:2px 0}
.frise-ev:hover,.frise-ev.frise-on{background:var(--on);border-left-color:#0072b2}
.frise-ev p{margin:0}.frise-head{font-size:.9rem}
.frise-when{font-weight:600}.frise-cert{font-size:.8rem;padding:0 5px;border-radius:3px;border:1px solid var(--line)}
.frise-c0{border-style:solid}.frise-c1{border-style:dashed}.frise-c2{border-style:dotted;color:#b35c00}
.frise-reason,.frise-refs{color:var(--muted);font-size:.85rem}
.frise-text{font-size:1rem}.frise-out{color:var(--muted)}
.frise-text mark{background:var(--mark);color:inherit;padding:0 1px}
.frise-conflict{color:#b35c00;font-size:.85rem}
.frise-refs a{color:inherit}
.frise-tools{display:flex;flex-wrap:wrap;gap:8px;align-items:center;position:sticky;top:0;padding:6px 0;background:inherit;z-index:1}
.frise-tools input,.frise-tools select{font:inherit;padding:4px 6px;max-width:100%}
.frise-tools input{flex:1 1 200px}
.frise-dark .frise-tools input,.frise-dark .frise-tools select{background:#1c1840;color:var(--fg);border:1px solid var(--line)}
.frise-count{color:var(--muted);font-size:.85rem}
.frise .frise-tip{--muted:#5a5a66;--line:#d8d8e0;--mark:#ffe08a}.frise .frise-tip p{margin:2px 0}.frise-tip .frise-text{font-size:.95rem}.frise-tip a{color:inherit}
.frise-noecharts{max-width:960px;margin:12px auto}
.frise-key{max-width:980px;margin:0 auto;padding:0 16px;font-size:.8rem;color:var(--muted);display:flex;flex-wrap:wrap;gap:4px 14px;align-items:center}
.frise-key span{display:inline-flex;align-items:center;gap:4px}
@media print{.frise-tools{display:none}.frise-group{content-visibility:visible}.frise,.frise.frise-dark{--fg:#000;--muted:#444;background:none}
.frise-list{max-width:none;padding:0;font-size:10pt}.frise-ev{break-inside:avoid;padding:2px 0}.frise-list h3{break-after:avoid}
.frise-chart{break-inside:avoid}.frise-ev:hover{background:none}.frise-list a{text-decoration:none}}`

// writePage writes the chart and the chronology as a page or a fragment.
// Both are one element of class "frise" holding the chart, its scripts,
// the list and its script: the scripts find their chart in it, so that
// any number of them, of the same data or not, work on one page.
func writePage(w io.Writer, ch *charts.Custom, data string, lanes int, items func(*bufio.Writer) error, lg string, opt Options) error {
	elem, script, err := snippet(ch)
	if err != nil {
		return err
	}
	id := ch.ChartID
	// go-echarts finds the chart by its id and declares its variables with
	// "let" at the top of a script: a second copy of the chart on the page
	// would draw in the first's element, then fail on the redeclaration.
	// The chart is found from the script instead, and the script is a block.
	script = strings.Replace(script, "document.getElementById('"+id+"')", "document.currentScript.parentNode.querySelector('.frise-chart .item')", 1)
	// The chart is drawn once, by afterJS, with its events laid out: not
	// first by go-echarts with none (the ";" ends the options
	// statement, which afterJS's "(" would call).
	script = strings.Replace(script, "goecharts_"+id+".setOption(option_"+id+");", ";", 1)
	if i, j := strings.Index(script, ">"), strings.LastIndex(script, "</script>"); i > 0 && j > i {
		script = script[:i+1] + "{" + script[i+1:j] + "}" + script[j:]
	}
	// The chart's script with its series for each lane: written where it
	// stands (scriptMark), never held whole (a lane an article: 100 MB
	// for 100,000 sourceless articles).
	series, err := seriesForLanes(script, lanes, opt.Theme)
	if err != nil {
		return err
	}
	pieces := map[string]func(*bufio.Writer) error{listMark: items, scriptMark: series.write}
	theme := "frise-light"
	bg := "#fff"
	if opt.Theme == "dark" {
		theme, bg = "frise-dark", "#100c2a"
	}
	// The body is written piece by piece, never joined: the data and the
	// list are most of a page (tens of megabytes for 10,000 articles), and
	// each copy of them was memory the page held at once.
	body := []string{`<div class="frise ` + theme + `">` + "\n<style>" + listCSS + "</style>\n",
		strings.Replace(elem, `class="container"`, `class="frise-chart"`, 1), "\n<script>", data, "</script>\n", scriptMark, "\n",
		key(lg), "\n", listMark, "\n<script>", listJS, "</script>\n</div>"}
	echarts, hashes := echartsTag(opt)
	if opt.CDN {
		body = append([]string{noEcharts(opt.EchartsURL, lg) + "\n"}, body...)
	}
	if opt.Fragment {
		if opt.CDN {
			// Several fragments on one page load ECharts once: the first
			// writes its <script src> into the page (run before the parser
			// goes on, as the tag itself would be); the next ones find
			// window.echarts and load nothing. Loading it again would
			// replace window.echarts, and the first charts would no longer
			// be found by echarts.getInstanceByDom.
			tag, err := json.Marshal(string(echarts)) // "<" as \u003c: no "</script" in the script
			if err != nil {
				return fmt.Errorf("render page: %w", err)
			}
			echarts = template.HTML("<script>if(!window.echarts){document.write(" + string(tag) + ");}</script>")
		} else {
			// Several fragments on one page load ECharts once: a second copy
			// would replace window.echarts, and the first charts would no
			// longer be found by echarts.getInstanceByDom.
			echarts = template.HTML(strings.Replace(string(echarts), "<script>", "<script>if(!window.echarts){\n", 1))
			echarts = template.HTML(strings.TrimSuffix(string(echarts), "</script>") + "\n}</script>")
		}
		return writeStrings(w, append(append([]string{"<!-- frise timeline chart: ECharts " + EchartsVersion + " -->\n" + string(echarts) + "\n"}, body...), "\n"), pieces)
	}
	scriptHash, err := series.bodyHash()
	if err != nil {
		return err
	}
	hashes = append(hashes, hashOf(data), scriptHash, hashOf(listJS))
	src := "'sha256-" + strings.Join(hashes, "' 'sha256-") + "'"
	if opt.CDN {
		src += " " + cspSource(opt.EchartsURL)
	}
	csp := "default-src 'none'; script-src " + src + "; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'"
	// The page around the body, with a mark where the body goes.
	var buf bytes.Buffer
	err = pageTmpl.Execute(&buf, pageData{Lang: lg, Title: opt.Title, CSP: csp, Background: template.CSS(bg),
		Echarts: echarts, Body: bodyMark})
	if err != nil {
		return fmt.Errorf("render page: %w", err)
	}
	head, tail, ok := strings.Cut(buf.String(), string(bodyMark))
	if !ok {
		return fmt.Errorf("render page: the page has no place for its body")
	}
	return writeStrings(w, append(append([]string{head}, body...), tail), pieces)
}

// laneScript is the chart's script with its one pair of series, named
// and coloured with marks (newChart), written once for each lane, as
// go-echarts writes the series of a chart made with every lane: named
// "L0", "L1"…, in the lane's colour (TestSeriesForLanes compares the
// two).
type laneScript struct {
	head, tail string // the script before and after the series
	// pieces are the pair cut at its marks; after each piece but the
	// last, the lane's name (isName) or colour.
	pieces []string
	isName []bool
	lanes  int
	theme  string
}

func seriesForLanes(script string, lanes int, theme string) (laneScript, error) {
	const open, next = `"series":[`, `],"title":` // options' keys are sorted
	i := strings.Index(script, open)
	j := strings.Index(script[max(i, 0):], next)
	if i < 0 || j < 0 {
		return laneScript{}, fmt.Errorf("render chart: no series in go-echarts' options")
	}
	i += len(open)
	pair := script[i : i-len(open)+j]
	name, color := `"`+laneNameMark+`"`, `"`+laneColorMark+`"`
	if strings.Count(pair, name) != 2 || strings.Count(pair, color) != 2 || strings.Count(script, laneNameMark) != 2 || strings.Count(script, laneColorMark) != 2 {
		return laneScript{}, fmt.Errorf("render chart: go-echarts' series are not a pair named and coloured by marks")
	}
	s := laneScript{head: script[:i], tail: script[i+len(pair):], lanes: lanes, theme: theme}
	for rest := pair; ; {
		a, b := strings.Index(rest, name), strings.Index(rest, color)
		if a < 0 && b < 0 {
			s.pieces = append(s.pieces, rest)
			break
		}
		k, n := b, color
		if a >= 0 && (b < 0 || a < b) {
			k, n = a, name
		}
		s.pieces, s.isName = append(s.pieces, rest[:k]), append(s.isName, n == name)
		rest = rest[k+len(n):]
	}
	return s, nil
}

// write writes the whole script.
func (s laneScript) write(w *bufio.Writer) error {
	w.WriteString(s.head)
	s.writeSeries(w)
	w.WriteString(s.tail)
	return nil
}

func (s laneScript) writeSeries(w *bufio.Writer) {
	var num [20]byte
	for lane := range s.lanes {
		if lane > 0 {
			w.WriteByte(',')
		}
		for k, p := range s.pieces {
			w.WriteString(p)
			if k == len(s.isName) {
				break
			}
			w.WriteByte('"')
			if s.isName[k] {
				w.WriteByte('L')
				w.Write(strconv.AppendInt(num[:0], int64(lane), 10))
			} else {
				w.WriteString(laneColor(lane, s.theme))
			}
			w.WriteByte('"')
		}
	}
}

// String is the whole script.
func (s laneScript) String() string {
	var b strings.Builder
	w := bufio.NewWriter(&b)
	s.write(w)
	w.Flush()
	return b.String()
}

// bodyHash is hashOf what the script's tag holds (scriptBody), made as
// the script is written.
func (s laneScript) bodyHash() (string, error) {
	i, j := strings.Index(s.head, ">"), strings.LastIndex(s.tail, "</script>")
	if i < 0 || j < 0 {
		return "", fmt.Errorf("render chart: go-echarts' script has no tag")
	}
	h := sha256.New()
	w := bufio.NewWriterSize(h, 64<<10)
	w.WriteString(s.head[i+1:])
	s.writeSeries(w)
	w.WriteString(s.tail[:j])
	if err := w.Flush(); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(h.Sum(nil)), nil
}

// listMark and scriptMark stand for the list and the chart's script
// among the page's pieces: each is written where it stands, straight
// into the output, never held whole.
const (
	listMark   = "\x00frise-list\x00"
	scriptMark = "\x00frise-script\x00"
)

// bodyMark stands for the body in the page's template: no page text holds
// a NUL byte (articles cannot: the reader refuses them).
const bodyMark = template.HTML("\x00frise-body\x00")

// writeStrings writes ss to w in turn through a buffer of 64 KB, and
// the pieces written by a function where their mark stands (listMark,
// scriptMark): no copy of a whole piece is made.
func writeStrings(w io.Writer, ss []string, pieces map[string]func(*bufio.Writer) error) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for _, s := range ss {
		if write, ok := pieces[s]; ok {
			if err := write(bw); err != nil {
				return err
			}
			continue
		}
		bw.WriteString(s)
	}
	return bw.Flush()
}

// noEchartsJS hides the message that stands where the chart would be,
// once ECharts has loaded: a reader whose browser could not fetch it (no
// network, a blocked CDN) sees why there is no chart.
const noEchartsJS = `(function(){if(window.echarts){var m=document.querySelectorAll('.frise-noecharts');for(var i=0;i<m.length;i++){m[i].hidden=true;}}})();`

// noEcharts is that message and its script.
func noEcharts(url, lg string) string {
	return `<p class="frise-noecharts" style="padding:1em;border:1px solid #c60;color:#840;background:#fff8f0">` +
		fmt.Sprintf(pageFor(lg).NoEcharts, template.HTMLEscapeString(url)) + `</p>` +
		"\n<script>" + noEchartsJS + "</script>"
}

// snippet renders the chart once, as go-echarts' page, and takes its
// element and script from it (go-echarts' RenderSnippet renders three
// times, and the options once more).
func snippet(ch *charts.Custom) (elem, script string, err error) {
	page, err := chartPage(ch)
	if err != nil {
		return "", "", fmt.Errorf("render chart: %w", err)
	}
	i := strings.Index(page, `<div class="container">`)
	j := strings.Index(page, "<script type=\"text/javascript\">")
	k := strings.LastIndex(page, "</script>")
	if i < 0 || j < i || k < j {
		return "", "", fmt.Errorf("render chart: unexpected go-echarts page")
	}
	return strings.TrimSpace(page[i:j]), page[j : k+len("</script>")], nil
}

// chartPage is the page go-echarts' ch.Render writes, byte for byte,
// without its regexp: go-echarts removes its function markers with
// regexp.ReplaceAll over the whole page, which took a third of building
// the page of 10,000 articles (1.2 s of 3.4). ch is rendered once: its
// Validate, which go-echarts runs before its first render, runs here.
func chartPage(ch *charts.Custom) (string, error) {
	ch.Validate()
	tpl := echarts.MustTemplate(echarts.ModChart, []string{templates.HeaderTpl, templates.BaseTpl, templates.ChartTpl})
	var buf bytes.Buffer
	if err := tpl.ExecuteTemplate(&buf, echarts.ModChart, ch); err != nil {
		return "", err
	}
	return stripMarkers(buf.Bytes()), nil
}

// stripMarkers is go-echarts' regexp (__f__")|("__f__)|(__f__) replaced
// by nothing, leftmost first: at a marker, the quote before it goes with
// it if no match took that quote, else the quote after it.
func stripMarkers(b []byte) string {
	const marker = "__f__"
	var out strings.Builder
	out.Grow(len(b))
	from := 0 // bytes before from are written or removed
	for {
		i := bytes.Index(b[from:], []byte(marker))
		if i < 0 {
			break
		}
		i += from
		start, end := i, i+len(marker)
		if i > from && b[i-1] == '"' {
			start--
		} else if end < len(b) && b[end] == '"' {
			end++
		}
		out.Write(b[from:start])
		from = end
	}
	out.Write(b[from:])
	return out.String()
}

// funcOpts is go-echarts' opts.FuncOpts without its regexp: fn, its
// newlines and tabs removed, between function markers.
func funcOpts(fn string) types.FuncStr {
	return types.FuncStr("__f__" + jsSpace.Replace(fn) + "__f__")
}

var jsSpace = strings.NewReplacer("\n", "", "\t", "")

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
// absolute, the page's own origin for a relative one. The source is
// rebuilt from the parsed URL, and only from one of printable characters
// that end no CSP token: a tab or a space would let "*" in after it.
func cspSource(u string) string {
	p, err := url.Parse(u)
	if err != nil || !cspSafe(u) || p.Host == "" || p.User != nil || (p.Scheme != "https" && p.Scheme != "http") {
		return "'self'"
	}
	return p.Scheme + "://" + p.Host + p.EscapedPath()
}

// cspSafe reports whether s is printable ASCII with nothing a CSP reads
// as the end of a source (space, ";", ",") or a quote.
func cspSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f || strings.IndexByte(";,'\"", c) >= 0 {
			return false
		}
	}
	return true
}

func hashOf(script string) string {
	// Written a piece at a time: []byte(script) copied the whole data
	// script (28 MB for 100,000 articles).
	h := sha256.New()
	var buf [16 << 10]byte
	for len(script) > 0 {
		n := copy(buf[:], script)
		h.Write(buf[:n])
		script = script[n:]
	}
	return base64.StdEncoding.EncodeToString(h.Sum(nil))
}
