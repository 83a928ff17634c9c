// Package render writes a chronology for people and programs: an HTML page
// with an interactive timeline chart (go-echarts), or JSON.
//
// Article text is untrusted. go-echarts writes the chart options unescaped
// into a <script>, and turns any "__f__…__f__" string into live JavaScript.
// So no article text goes into the options as it is: every text (labels,
// lanes, titles) travels as base64 and is decoded in the page; an
// event's tooltip is its row of the chronology under the chart (HTML the
// page's template escaped), copied from the page's own DOM.
package render

import (
	"bufio"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	"frise/render/jsonstr"
	"frise/timeline"
	"frise/timeline/expr"
	"frise/timeline/languages"
)

// EchartsURL is the pinned ECharts a page made with Options.CDN loads.
const EchartsURL = "https://cdn.jsdelivr.net/npm/echarts@" + EchartsVersion + "/dist/echarts.min.js"

// Options are the chart's title, size, theme and where ECharts comes from.
type Options struct {
	// Title and Subtitle head the chart; empty means a title from the
	// chronology and a subtitle saying what the chart covers.
	Title, Subtitle string
	// Width and Height are CSS sizes ("100%", "640px").
	Width, Height string
	// Theme is an ECharts theme: "white" (print-friendly) or "dark".
	Theme string
	// CDN makes a small page that loads ECharts from EchartsURL, with a
	// message in its place when the script cannot load. By default the
	// page holds ECharts itself and opens with no network.
	CDN bool
	// EchartsURL is the script a CDN page loads ECharts from.
	EchartsURL string
	// EchartsJS, when set, is the ECharts written into the page instead of
	// the embedded 5.5.1.
	EchartsJS []byte
	// Fragment writes only the chart's <div> and <script>s, to paste into
	// a report; the element id is unique to the chronology.
	Fragment bool
	// Renderer is "canvas" (default) or "svg" (for SVG export).
	Renderer string
	// Static turns animation off, for images.
	Static bool
	// Print lays the chart out for paper: no toolbox, no zoom slider.
	Print bool
	// Lanes groups events in rows: "source", "article" or "none"; empty
	// means by source when there are several, else one row.
	Lanes string
}

func (o Options) withDefaults(c timeline.Chronology, l layout) Options {
	if o.Width == "" {
		o.Width = DefaultWidth
	}
	if o.Height == "" {
		o.Height = DefaultHeight
	}
	if o.Theme == "" {
		o.Theme = DefaultTheme
	}
	if o.EchartsURL == "" {
		o.EchartsURL = EchartsURL
	}
	if o.Title == "" {
		o.Title = title(c)
	}
	if o.Subtitle == "" {
		o.Subtitle = subtitle(c, l)
	}
	return o
}

// subtitle says what the chart covers, in the page's language: how many
// articles from which sources, how many events over which days, and how
// precise the article dates are.
func subtitle(c timeline.Chronology, l layout) string {
	lg := lang(c)
	pw := pageFor(lg)
	var srcs []string
	for _, a := range c.Articles {
		if a.Source != "" && !slices.Contains(srcs, a.Source) {
			srcs = append(srcs, a.Source)
		}
	}
	s := plural(len(c.Articles), pw.Article[0], pw.Article[1])
	switch {
	case len(srcs) > 0 && len(srcs) <= 4:
		s += " (" + strings.Join(srcs, ", ") + ")"
	case len(srcs) > 4:
		s += " (" + plural(len(srcs), pw.Source[0], pw.Source[1]) + ")"
	}
	s += ", " + plural(len(c.Events), pw.Event[0], pw.Event[1])
	if len(c.Events) > 0 && !l.relative {
		w := wordsFor(lg)
		first, last := c.Events[0].Value.From, c.Events[0].Value.To
		for _, e := range c.Events {
			if e.Value.To.After(last) {
				last = e.Value.To
			}
		}
		last = last.Add(-time.Nanosecond)
		s += fmt.Sprintf(", %d %s %d – %d %s %d", first.Day(), w.Abbr[first.Month()-1], first.Year(), last.Day(), w.Abbr[last.Month()-1], last.Year())
	}
	if n := noteSaid(c, l.relative, lg); n != "" {
		s += " · " + n
	}
	for _, a := range c.Articles {
		if a.Date.Grain > expr.GrainDay {
			return s
		}
	}
	return s + " · " + pw.ToTheDay
}

// plural is n and the word for one or for many.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// ChartID is the chart's element id: derived from the content, so the same
// chronology gives the same bytes and two charts on one page differ.
//
// What is hashed is a JSON array a line, as a json.Encoder wrote them
// (HTML escaped): an article's ID, file, source and date, then an event's
// TIMEX3 value, bounds (Unix nanoseconds) and clause. They are written by
// hand (TestChartIDAsEncoder): the encoder's reflection was 3% of the
// page of 100,000 articles.
func ChartID(c timeline.Chronology) string {
	h := sha256.New()
	var b []byte
	for _, a := range c.Articles {
		b = append(b[:0], '[')
		for k, s := range [...]string{a.ID, a.File, a.Source, a.Date.Timex} {
			if k > 0 {
				b = append(b, ',')
			}
			b = jsonstr.Append(b, s, true)
		}
		h.Write(append(b, "]\n"...))
	}
	for i := range c.Events {
		e := &c.Events[i]
		b = jsonstr.Append(append(b[:0], '['), e.Value.Timex, true)
		b = strconv.AppendInt(append(b, ','), e.Value.From.UnixNano(), 10)
		b = strconv.AppendInt(append(b, ','), e.Value.To.UnixNano(), 10)
		b = jsonstr.Append(append(b, ','), e.Clause, true)
		h.Write(append(b, "]\n"...))
	}
	return "frise_" + hex.EncodeToString(h.Sum(nil))[:12]
}

// HTML writes the chronology as a page holding one timeline chart (or,
// with Options.Fragment, only the chart's element and scripts).
func HTML(w io.Writer, c timeline.Chronology, opt Options) error {
	l := lay(c, opt.Lanes)
	opt = opt.withDefaults(c, l)
	// The chart is made with one lane's series, their name and colour
	// marks: writePage writes them for each lane. go-echarts' structs for
	// two series a lane, and its encoding of them, were a fifth of the
	// page of 10,000 sourceless articles (7,400 lanes).
	ch, data := newChart(c, opt, l, true)
	items := func(w *bufio.Writer) error { return writeList(w, c) }
	return writePage(w, ch, data, lanes(l), items, lang(c), opt)
}

// lanes is how many lanes the chart has: one at least.
func lanes(l layout) int { return max(1, len(l.lanes)) }

// Chart builds the go-echarts chart of the chronology, and the script that
// holds its events and labels (which must run before the chart's).
func Chart(c timeline.Chronology, opt Options) (*charts.Custom, string, error) {
	l := lay(c, opt.Lanes)
	ch, data := newChart(c, opt.withDefaults(c, l), l, false)
	return ch, data, nil
}

// The name and colour of the one lane's series of a chart made with
// marks (newChart): plain JSON strings, written as they are.
const (
	laneNameMark  = "frise-lane-name"
	laneColorMark = "frise-lane-color"
)

// newChart is Chart, with l laid out and opt's defaults set; with marks,
// it holds a single lane's pair of series, named laneNameMark and
// coloured laneColorMark.
func newChart(c timeline.Chronology, opt Options, l layout, marks bool) (*charts.Custom, string) {
	id := ChartID(c)
	ch := charts.NewCustom()
	ch.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{
			PageTitle: opt.Title, Width: opt.Width, Height: opt.Height,
			Theme: opt.Theme, ChartID: id, Renderer: opt.Renderer,
		}),
		// The texts are set from base64 by afterJS: titles may hold a source's name.
		charts.WithTitleOpts(opts.Title{Left: "center", Top: "8"}),
		charts.WithTooltipOpts(opts.Tooltip{
			Show: opts.Bool(true), Trigger: "item", Enterable: opts.Bool(true),
			Formatter: funcOpts(fmt.Sprintf(tooltipJS, id)),
		}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(len(l.lanes) > 1), Top: "64", Type: "scroll",
			Formatter: funcOpts(fmt.Sprintf(legendJS, b64List(l.lanes)))}),
		charts.WithToolboxOpts(opts.Toolbox{Show: opts.Bool(true), Right: "2%", Feature: &opts.ToolBoxFeature{
			SaveAsImage: &opts.ToolBoxFeatureSaveAsImage{Show: opts.Bool(true), Title: "PNG"},
		}}),
		charts.WithDataZoomOpts(
			// No filtering: the labels' layout reads each point's data by its
			// index, which filtering would shift; points out of view are clipped.
			opts.DataZoom{Type: "slider", XAxisIndex: []int{0}, FilterMode: "none", Start: float32(l.zoom0), End: float32(l.zoom1)},
			opts.DataZoom{Type: "inside", XAxisIndex: []int{0}, FilterMode: "none", Start: float32(l.zoom0), End: float32(l.zoom1)},
		),
		charts.WithGridOpts(opts.Grid{Left: "110", Right: "40", Top: "90", Bottom: "70"}),
		charts.WithXAxisOpts(xAxis(l, lang(c))),
		charts.WithYAxisOpts(opts.YAxis{
			Type: "value", Min: 0, Max: max(1, len(l.lanes)), MinInterval: 1, MaxInterval: 1, Inverse: opts.Bool(true),
			AxisLabel: &opts.AxisLabel{Formatter: funcOpts(fmt.Sprintf(laneJS, b64List(l.lanes)))},
			SplitLine: &opts.SplitLine{Show: opts.Bool(true)},
		}),
	)
	ch.ClearPresetJSAssets()

	// One pair of series per lane, named "L0", "L1"…: the legend shows the
	// lanes' names (decoded by legendJS) and hides or shows each. Their data
	// are set by the page (layoutJS), for the stretch of time in view: a
	// row for each event where there is room, and the rest counted in
	// clusters that open as the reader zooms in.
	n := lanes(l)
	if marks {
		n = 1
	}
	for lane := range n {
		name := fmt.Sprintf("L%d", lane)
		// A lane's bars and points have the lane's colour, which the legend
		// shows; renderItemJS tells certainty by the bars' opacity and dashes.
		color := laneColor(lane, opt.Theme)
		if marks {
			name, color = laneNameMark, laneColorMark
		}
		ch.AddSeries(name, []opts.CustomData{}, charts.WithCustomChartOpts(opts.CustomChart{RenderItem: funcOpts(renderItemJS)}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: color}))
		pts := charts.SingleSeries{Name: name, Type: types.ChartScatter, Data: []opts.ScatterData{}}
		pts.InitSeriesDefaultOpts(ch.BaseConfiguration)
		pts.ConfigureSeriesOpts(
			charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "right", FontSize: 11,
				Color:     labelColor(opt.Theme),
				Formatter: string(funcOpts(fmt.Sprintf(labelJS, id)))}),
			charts.WithLabelLayoutOpts(opts.LabelLayout{HideOverlap: opts.Bool(true)}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: color}),
		)
		ch.MultiSeries = append(ch.MultiSeries, pts)
	}
	ch.AddJSFuncStrs(funcOpts(fmt.Sprintf(afterJS, id, b64(opt.Title), b64(opt.Subtitle), !opt.Static, density(l), opt.Print, minSpan(l), opt.Theme == "dark")))
	// The events and their labels (the bulk of the chart's part of the page)
	// travel in a script of their own, outside go-echarts' options.
	return ch, dataScript(id, l, lang(c))
}

// Lanes' colours: Okabe and Ito's palette, told apart with the common
// colour-vision deficiencies, in an order that keeps neighbours apart;
// for the dark theme, its colours that read on a dark ground (no black).
var (
	lightPalette = [...]string{"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C6D00"}
	darkPalette  = [...]string{"#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#F0E442", "#D55E00", "#FFFFFF", "#0072B2"}
)

// laneColor is lane's colour; past the palette, colours come round again.
func laneColor(lane int, theme string) string {
	if theme == "dark" {
		return darkPalette[lane%len(darkPalette)]
	}
	return lightPalette[lane%len(lightPalette)]
}

func labelColor(theme string) string {
	if theme == "dark" {
		return "#e6e6ee"
	}
	return "#222222"
}

// dataScript is the script that holds the chart's events for the page
// to lay out (window.<chart id>): per event [x0, x1, lane, certainty,
// inherited, open, where its point is, where its label starts, its
// marker (markers), its marker's size]; the labels, in base64, by
// event; and the words of the clusters. No tooltip: the page shows an
// event's row of the chronology, which says it all already.
func dataScript(id string, l layout, lg string) string {
	// Written into one buffer sized at once: the items and the labels
	// (tens of megabytes at 100,000 articles) were strings of their own,
	// then copied into the script by fmt.Sprintf.
	parts := strings.Split(strings.Replace(dataJS, "%d", "%s", 1), "%s") // dataJS's five verbs: %s %s %d %s %s
	size := len(dataJS) + len(id) + 16 + 100*len(l.items)
	for _, it := range l.items {
		size += base64.StdEncoding.EncodedLen(len(it.label)) + 3
	}
	var b strings.Builder
	b.Grow(size)
	var scratch []byte
	b.WriteString(parts[0])
	b.WriteString(id)
	b.WriteString(parts[1])
	b.WriteByte('[')
	for i, it := range l.items {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('[')
		for k, x := range []float64{it.x0, it.x1, float64(it.lane), float64(it.certainty), float64(b2i(it.inherited)), float64(it.open), it.mark(), it.labelAt(), float64(marker(it)), float64(symbolSize(it))} {
			if k > 0 {
				b.WriteByte(',')
			}
			scratch = strconv.AppendFloat(scratch[:0], x, 'g', -1, 64)
			b.Write(scratch)
		}
		b.WriteByte(']')
	}
	b.WriteByte(']')
	b.WriteString(parts[2])
	b.WriteString(strconv.Itoa(max(1, len(l.lanes))))
	b.WriteString(parts[3])
	b.WriteByte('[')
	for i, it := range l.items {
		if i > 0 {
			b.WriteByte(',')
		}
		scratch = append(scratch[:0], '\'')
		scratch = base64.StdEncoding.AppendEncode(scratch, []byte(it.label))
		scratch = append(scratch, '\'')
		b.Write(scratch)
	}
	b.WriteByte(']')
	b.WriteString(parts[4])
	w := clusterWordsFor(lg)
	b.WriteString(b64List([]string{w.many, w.zoom, w.more, w.close}))
	b.WriteString(parts[5])
	return b.String()
}

// clusterWords are what a cluster's tooltip says: how many events it
// holds (%d), what a click does, and how many more there are (%d); and
// the head of a cluster opened as a stack, which closes it.
type clusterWords struct{ many, zoom, more, close string }

func clusterWordsFor(lg string) clusterWords {
	w := pageFor(lg).Cluster
	return clusterWords{w[0], w[1], w[2], w[3]}
}

// Markers, by number, as the page draws an event's point: a dot (exact),
// a ring (inferred, ambiguous, or no date of its own), an arrowhead
// pointing on (it goes on after its end), one pointing back ("avant
// 2018": no extent, began before).
const (
	markDot = iota
	markRing
	markOn
	markBack
)

func marker(it item) int {
	switch {
	case it.open > 0:
		return markOn
	case it.open < 0 && it.x1 == it.x0:
		return markBack
	case symbol(it) == "circle":
		return markDot
	}
	return markRing
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func symbol(it item) string {
	switch {
	case it.inherited:
		return "emptyCircle"
	case it.certainty == timeline.Exact:
		return "circle"
	}
	return "emptyCircle"
}

// symbolSize grows with the number of sources that told the event.
func symbolSize(it item) int {
	if it.inherited {
		return 6
	}
	return min(24, 9+3*max(1, it.sources))
}

func xAxis(l layout, lang string) opts.XAxis {
	if l.relative {
		return opts.XAxis{Type: "value", Min: l.min, Max: l.max, MinInterval: 1, MaxInterval: 1,
			AxisLabel: &opts.AxisLabel{Formatter: funcOpts(relDayJS)},
			SplitLine: &opts.SplitLine{Show: opts.Bool(true)},
		}
	}
	w := wordsFor(lang)
	months := w.Abbr[:]
	return opts.XAxis{Type: "time", Min: l.min, Max: l.max, SplitLine: &opts.SplitLine{Show: opts.Bool(true)},
		AxisLabel: &opts.AxisLabel{Formatter: funcOpts(fmt.Sprintf(timeJS, jsWords(months))),
			ShowMinLabel: opts.Bool(false), ShowMaxLabel: opts.Bool(false)}}
}

// lang is the language the chart speaks: its first article's, else a
// page's when none is said (languages.ForPage).
func lang(c timeline.Chronology) string {
	if len(c.Articles) > 0 {
		return c.Articles[0].Lang
	}
	return languages.ForPage("").Tag
}

// jsWords writes month names as a plain JavaScript array: they are
// frise's own words, with no quote or backslash.
func jsWords(ms []string) string {
	return "['" + strings.Join(ms, "','") + "']"
}

// density counts the events of each day (each unit of a relative axis),
// as [x, count] pairs in JSON, for the strip under the chart; "[]" when
// the chart is small enough to need none.
func density(l layout) string {
	if len(l.items) < 100 {
		return "[]"
	}
	unit := day
	if l.relative {
		unit = 1
	}
	counts := map[int64]int{}
	for _, it := range l.items {
		counts[int64(math.Floor(((it.x0+it.x1)/2)/unit))]++
	}
	keys := make([]int64, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	b.WriteByte('[')
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "[%g,%d]", (float64(k)+0.5)*unit, counts[k])
	}
	b.WriteByte(']')
	return b.String()
}

// minSpan is the narrowest view the reader can zoom to: an hour, or a
// tenth of a day on a relative axis.
func minSpan(l layout) string {
	if l.relative {
		return "0.1"
	}
	return strconv.FormatFloat(day/24, 'g', -1, 64)
}

// b64 carries a text into the page as base64: its alphabet has no quote,
// backslash, "<" or "_", so no text can close a string, the script, or form
// go-echarts' "__f__" marker. The page decodes it as UTF-8.
func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// b64List writes texts as a JavaScript array of base64 strings.
func b64List(ss []string) string {
	n := 2
	for _, s := range ss {
		n += base64.StdEncoding.EncodedLen(len(s)) + 3
	}
	b := make([]byte, 0, n)
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '\'')
		b = base64.StdEncoding.AppendEncode(b, []byte(s))
		b = append(b, '\'')
	}
	b = append(b, ']')
	return string(b)
}
