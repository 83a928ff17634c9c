package render

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"frise/render/chromium"
	"frise/timeline"
	"frise/timeline/expr"
)

// crowded is n events from five agencies: a third packed into two days
// (one every nine minutes, each its own time), the rest spread over a
// month. At a month's width the packed ones cannot all have a row.
func crowded(n int) timeline.Chronology {
	c := chronology("")
	base := c.Events[0]
	srcs := []string{"AFP", "Reuters", "Belga", "AP", "DPA"}
	c.Events = nil
	c.Articles = nil
	for _, s := range srcs {
		c.Articles = append(c.Articles, timeline.ArticleInfo{ID: s, Source: s, Lang: "fr", Date: base.Sources[0].Date})
	}
	packed := time.Date(2022, 1, 10, 0, 0, 0, 0, time.UTC)
	spread := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		e := base
		at := spread.Add(time.Duration(i-n/3) * 30 * 24 * time.Hour / time.Duration(n-n/3))
		if i < n/3 {
			at = packed.Add(time.Duration(i) * 9 * time.Minute)
		}
		e.Value = timeline.Value{From: at, To: at.Add(time.Minute), Grain: expr.GrainMinute, Type: expr.Time, Timex: at.Format("2006-01-02T15:04")}
		e.Clause = fmt.Sprintf("Événement %d : les manifestants se sont rassemblés devant la mairie.", i)
		p := base.Sources[0]
		p.Source, p.Article, p.Sentence, p.Clause, p.Phrase = srcs[i%len(srcs)], srcs[i%len(srcs)], e.Clause, e.Clause, ""
		e.Sources = []timeline.Provenance{p}
		c.Events = append(c.Events, e)
	}
	slices.SortStableFunc(c.Events, func(a, b timeline.Event) int { return a.Value.From.Compare(b.Value.From) })
	return c
}

// drawnJS reads how the chart shows its events now: the points, the
// events counted in clusters, the clusters, and every mark whose box is
// outside its lane's band or the plot (overflow), from the chart's own API.
const drawnJS = `(function(){
var el=document.querySelector('.frise-chart .item'), c=echarts.getInstanceByDom(el), o=c.getOption(), D=window[el.id];
var g=c.getModel().getComponent('grid',0).coordinateSystem.getRect(), points=0, clustered=0, bad=[];
D.clusters.forEach(function(k){clustered+=k.length;});
function lane(y){var a=c.convertToPixel({yAxisIndex:0},Math.floor(y)), b=c.convertToPixel({yAxisIndex:0},Math.floor(y)+1);return [a,b];}
o.series.forEach(function(s){if(s.xAxisIndex||s.id==='fan'){return;}
 if((s.type==='custom'||s.type==='scatter')&&s.clip!==true){bad.push('series '+s.name+' not clipped to the plot');}
 (s.data||[]).forEach(function(d){var v=d.value, cl=String(s.id).indexOf('clusters')===0, y=cl?v[1]:(s.type==='custom'?v[2]:v[1]), x=s.type==='custom'&&!cl?v[0]:v[0];
  var p=c.convertToPixel({xAxisIndex:0,yAxisIndex:0},[x,y]), h=cl?8:(s.type==='scatter'?(d.symbolSize||10)/2:6), L=lane(y);
  if(s.type==='scatter'){points++;}
  if(p[1]-h<L[0]-0.5||p[1]+h>L[1]+0.5){bad.push(s.type+(cl?' cluster':'')+' at y '+y+' leaves its lane');}
  if(p[1]-h<g.y-0.5||p[1]+h>g.y+g.height+0.5){bad.push(s.type+' at y '+y+' outside the plot');}});});
var e=c.getModel().getComponent('xAxis',0).axis.scale.getExtent();
return {points:points,clustered:clustered,clusters:D.clusters.length,bad:bad,from:e[0],to:e[1]};})()`

type drawn struct {
	Points, Clustered, Clusters int
	Bad                         []string
	From, To                    float64
}

// TestBrowserManyEvents opens a page of 900 events, light and dark, at
// 1400, 800 and 390 pixels: no mark leaves its lane or the plot, every
// event is a point or counted in a cluster, no label covers a mark or
// another label; clicking the largest cluster zooms in on it, where its
// events open into points, and the list shows just them.
func TestBrowserManyEvents(t *testing.T) {
	c := crowded(900)
	base := serve(t, themedPages(t, c))
	ctx, console := browserTab(t)
	shots := os.Getenv("FRISE_SCREENSHOTS")
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
				gen := settled(t, ctx, 0)
				if shots != "" && theme == "white" && width == 1400 {
					time.Sleep(1200 * time.Millisecond) // the chart's animation ends
					shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
					if err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(filepath.Join(shots, "many-events.png"), shot, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				if n := eval[int](t, ctx, `document.documentElement.scrollWidth`); n > width {
					t.Errorf("the page is %d px wide in a %d px window", n, width)
				}
				d := eval[drawn](t, ctx, drawnJS)
				for _, b := range d.Bad {
					t.Errorf("%s", b)
				}
				if d.Points+d.Clustered != len(c.Events) {
					t.Errorf("%d points and %d events in clusters, want the %d events", d.Points, d.Clustered, len(c.Events))
				}
				if d.Clusters == 0 {
					t.Fatalf("no cluster among %d events at %d px: the test does not test", len(c.Events), width)
				}
				for _, b := range eval[labelCheck](t, ctx, labelCheckJS).Bad {
					t.Errorf("%s", b)
				}

				// Hover an event of a cluster in the list: the cluster's
				// tooltip shows.
				tip := eval[string](t, ctx, `(function(){var el=document.querySelector('.frise-chart .item'),D=window[el.id],i=D.clusters[0][0];
var li=document.querySelector('.frise-ev[data-i="'+i+'"]');li.dispatchEvent(new MouseEvent('mouseover',{bubbles:true}));
var d=Array.prototype.filter.call(el.querySelectorAll('div'),function(e){return e.style.position==='absolute'&&e.innerText.indexOf('ici')>=0;});
li.parentNode.dispatchEvent(new MouseEvent('mouseleave'));return d.length?d[0].innerText:'';})()`)
				if !strings.Contains(tip, "événements ici") {
					t.Errorf("hovering a clustered event in the list shows no cluster tooltip: %q", tip)
				}

				// Click the largest cluster: the chart zooms in on it, its
				// events open, and the list shows only them.
				target := eval[[]float64](t, ctx, `(function(){
var el=document.querySelector('.frise-chart .item'),c=echarts.getInstanceByDom(el),o=c.getOption(),D=window[el.id],best=null;
o.series.forEach(function(s){if(String(s.id).indexOf('clusters')!==0){return;}s.data.forEach(function(d){if(!best||d.value[2]>best.value[2]){best=d;}});});
window.friseClicked=D.clusters[best.value[3]].slice();
window.scrollTo(0,0);var p=c.convertToPixel({xAxisIndex:0,yAxisIndex:0},[best.value[0],best.value[1]]),r=el.getBoundingClientRect();return [p[0]+r.left,p[1]+r.top,best.value[2]];})()`)
				if err := chromedp.Do(ctx, chromedp.MouseClickXY(target[0], target[1])); err != nil {
					t.Fatal(err)
				}
				settled(t, ctx, gen)
				if got := eval[int](t, ctx, `document.querySelectorAll('.frise-ev:not([hidden])').length`); got != int(target[2]) {
					t.Errorf("after clicking a cluster of %v events, the list shows %d", target[2], got)
				}
				z := eval[drawn](t, ctx, drawnJS)
				if z.To-z.From >= (d.To-d.From)/2 {
					t.Errorf("the view after clicking a cluster is %v..%v, before %v..%v: not zoomed in", z.From, z.To, d.From, d.To)
				}
				// Its events, drawn as points now.
				open := eval[int](t, ctx, `(function(){var el=document.querySelector('.frise-chart .item'),D=window[el.id];var se=echarts.getInstanceByDom(el).getOption().series;return window.friseClicked.filter(function(i){var w=D.where[i];return w&&se[w[0]].type==='scatter';}).length;})()`)
				if open < int(target[2])/2 {
					t.Errorf("zoomed in on a cluster of %v events: %d of them drawn as points (%d events in clusters): it did not open", target[2], open, z.Clustered)
				}
				for _, b := range z.Bad {
					t.Errorf("zoomed in: %s", b)
				}
				for _, b := range eval[labelCheck](t, ctx, labelCheckJS).Bad {
					t.Errorf("zoomed in: %s", b)
				}
				for _, p := range console() {
					t.Errorf("console: %s", p)
				}
			})
		}
	}
}

// TestBrowserWholeList: the chronology's day groups far below the window,
// which the browser lays out only when near it, are still found by the
// browser's find (Ctrl-F) and printed (the PDF's text holds the last event).
func TestBrowserWholeList(t *testing.T) {
	c := crowded(300)
	var b bytes.Buffer
	if err := HTML(&b, c, Options{}); err != nil {
		t.Fatal(err)
	}
	base := serve(t, map[string][]byte{"/": b.Bytes()})
	ctx, console := browserTab(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"), chromium.WaitDrawn(60*time.Second)); err != nil {
		t.Fatalf("open the page: %v", err)
	}
	last := c.Events[len(c.Events)-1].Clause[:len("Événement 299")]
	far := eval[[]float64](t, ctx, `(function(){var g=document.querySelectorAll('.frise-group');var r=g[g.length-1].getBoundingClientRect();return [r.top,window.innerHeight];})()`)
	if far[0] < 3*far[1] {
		t.Fatalf("the last day's group is at %v px, the window %v px high: not far enough to test", far[0], far[1])
	}
	if !eval[bool](t, ctx, `window.find('`+last+`')`) {
		t.Errorf("the browser's find does not find %q in the list", last)
	}
	for _, p := range console() {
		t.Errorf("console: %s", p)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed (.ci/run installs poppler-utils): the printed list is not checked")
	}
	pdf, err := chromium.Image(context.Background(), b.Bytes(), "pdf", chromium.Options{})
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "page.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	text, err := exec.Command("pdftotext", file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(text), last) {
		t.Errorf("the printed page lacks the last event, %q", last)
	}
}

// sameInstantJS finds a cluster whose events are all at one instant (no
// zoom can open it) and returns where to click it: [x, y, its events].
const sameInstantJS = `(function(){
var el=document.querySelector('.frise-chart .item'),c=echarts.getInstanceByDom(el),o=c.getOption(),D=window[el.id],best=null;
o.series.forEach(function(s){if(String(s.id).indexOf('clusters')!==0){return;}s.data.forEach(function(d){var k=D.clusters[d.value[3]];
 if(k.every(function(i){return D.items[i][6]===D.items[k[0]][6];})&&(!best||d.value[2]>best.value[2])){best=d;}});});
if(!best){return [];}
window.friseClicked=D.clusters[best.value[3]].slice();
window.scrollTo(0,0);var p=c.convertToPixel({xAxisIndex:0,yAxisIndex:0},[best.value[0],best.value[1]]),r=el.getBoundingClientRect();return [p[0]+r.left,p[1]+r.top,best.value[2]];})()`

// fanRowJS is where row j of the opened stack is drawn (as the page
// draws it: under the lane's top line, kept inside the plot).
const fanRowJS = `(function(j){window.scrollTo(0,0);
var el=document.querySelector('.frise-chart .item'),c=echarts.getInstanceByDom(el),s=c.getOption().series.filter(function(s){return s.id==='fan';})[0];
var v=s.data[0].value, g=c.getModel().getComponent('grid',0).coordinateSystem.getRect(), q=c.convertToPixel({xAxisIndex:0,yAxisIndex:0},[v[0],v[1]+0.1]);
var W=Math.min(360,g.width), L=Math.max(g.x,Math.min(q[0]-10,g.x+g.width-W)), y=Math.max(g.y,Math.min(q[1],g.y+g.height-v[3]*18))+j*18+9, r=el.getBoundingClientRect();
return [L+60+r.left,y+r.top,s.data[j].value[5],y-9-g.y,g.y+g.height-(y+9)];})`

// TestBrowserSameInstant: in the samples, Belga tells five events of one
// day, which stay a "+5" cluster at any zoom. Clicking it opens them as a
// stack inside the plot, one row each, linked to the list (the list shows
// just them; clicking a row marks its event there); its head closes it.
func TestBrowserSameInstant(t *testing.T) {
	c := sampleChronology(t)
	base := serve(t, themedPages(t, c))
	ctx, console := browserTab(t)
	shots := os.Getenv("FRISE_SCREENSHOTS")
	for _, theme := range []string{"white", "dark"} {
		for _, width := range []int{1400, 390} {
			t.Run(fmt.Sprintf("%s/%d", theme, width), func(t *testing.T) {
				if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), 900), chromedp.Navigate(base+"/"+theme),
					chromium.WaitDrawn(60*time.Second)); err != nil {
					t.Fatalf("open the page: %v", err)
				}
				gen := settled(t, ctx, 0)
				target := eval[[]float64](t, ctx, sameInstantJS)
				if len(target) == 0 {
					t.Fatalf("no cluster of events at one instant at %d px: the test does not test", width)
				}
				if err := chromedp.Do(ctx, chromedp.MouseClickXY(target[0], target[1])); err != nil {
					t.Fatal(err)
				}
				gen = settled(t, ctx, gen)
				if shots != "" && theme == "white" && width == 1400 {
					time.Sleep(1200 * time.Millisecond)
					shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
					if err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(filepath.Join(shots, "same-instant.png"), shot, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				// Every event of the cluster is a row of the stack now.
				rows := eval[int](t, ctx, `(function(){var el=document.querySelector('.frise-chart .item'),D=window[el.id],se=echarts.getInstanceByDom(el).getOption().series;
return window.friseClicked.filter(function(i){var w=D.where[i];return w&&se[w[0]].id==='fan'&&se[w[0]].data[w[1]].value[5]===i;}).length;})()`)
				if rows != int(target[2]) {
					t.Errorf("clicked a cluster of %v events at one instant: %d of them are rows of its stack", target[2], rows)
				}
				if got := eval[int](t, ctx, `document.querySelectorAll('.frise-ev:not([hidden])').length`); got != int(target[2]) {
					t.Errorf("after opening a cluster of %v events, the list shows %d", target[2], got)
				}
				d := eval[drawn](t, ctx, drawnJS)
				for _, b := range d.Bad {
					t.Errorf("opened: %s", b)
				}
				if d.Points+d.Clustered+rows != len(c.Events) {
					t.Errorf("opened: %d points, %d in clusters, %d in the stack, want the %d events", d.Points, d.Clustered, rows, len(c.Events))
				}
				// Click its second event's row: the list marks that event.
				row := eval[[]float64](t, ctx, fanRowJS+`(2)`)
				if row[3] < -0.5 || row[4] < -0.5 {
					t.Errorf("the stack's row 2 is %v px below the plot's top and %v px above its bottom: outside the plot", row[3], row[4])
				}
				if err := chromedp.Do(ctx, chromedp.MouseClickXY(row[0], row[1]), chromedp.Sleep(300*time.Millisecond)); err != nil {
					t.Fatal(err)
				}
				if on := eval[string](t, ctx, `(function(){var e=document.querySelector('.frise-ev.frise-on');return e?e.getAttribute('data-i'):'';})()`); on != fmt.Sprint(int(row[2])) {
					t.Errorf("clicked the stack's row of event %v: the list marks event %q", row[2], on)
				}
				// Its head closes it: the cluster is back.
				head := eval[[]float64](t, ctx, fanRowJS+`(0)`)
				if err := chromedp.Do(ctx, chromedp.MouseClickXY(head[0], head[1])); err != nil {
					t.Fatal(err)
				}
				settled(t, ctx, gen)
				if d := eval[drawn](t, ctx, drawnJS); d.Points+d.Clustered != len(c.Events) {
					t.Errorf("closed: %d points and %d in clusters, want the %d events", d.Points, d.Clustered, len(c.Events))
				}
				for _, p := range console() {
					t.Errorf("console: %s", p)
				}
			})
		}
	}
}

// TestBrowserSameInstantMany: 80 events of one agency at one minute (as
// in a generated wire corpus) open as a stack that keeps inside the plot:
// as many rows as fit, then one that counts the rest; every event is still
// a row, counted in that last row, a point, or in a cluster (of those in
// view: the rest of the month is out of the first view).
func TestBrowserSameInstantMany(t *testing.T) {
	c := crowded(100)
	at := c.Events[0].Value
	for i := range 80 {
		c.Events[i].Value = at
		c.Events[i].Sources[0].Source, c.Events[i].Sources[0].Article = "AFP", "AFP"
	}
	var b bytes.Buffer
	if err := HTML(&b, c, Options{}); err != nil {
		t.Fatal(err)
	}
	base := serve(t, map[string][]byte{"/": b.Bytes()})
	ctx, console := browserTab(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1400, 900), chromedp.Navigate(base+"/"),
		chromium.WaitDrawn(60*time.Second)); err != nil {
		t.Fatalf("open the page: %v", err)
	}
	gen := settled(t, ctx, 0)
	before := eval[drawn](t, ctx, drawnJS)
	target := eval[[]float64](t, ctx, sameInstantJS)
	if len(target) == 0 || target[2] < 40 {
		t.Fatalf("no cluster of 40 events or more at one instant (%v): the test does not test", target)
	}
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(target[0], target[1])); err != nil {
		t.Fatal(err)
	}
	settled(t, ctx, gen)
	// [rows of events, the count of the last row, events in the stack, bottom margin].
	got := eval[[]float64](t, ctx, `(function(){var el=document.querySelector('.frise-chart .item'),D=window[el.id],se=echarts.getInstanceByDom(el).getOption().series,f=se.filter(function(s){return s.id==='fan';})[0];
var rows=f.data.filter(function(d){return d.value[5]>=0;}).length, more=f.data.filter(function(d){return d.value[5]===-2;}), inFan=window.friseClicked.filter(function(i){var w=D.where[i];return w&&se[w[0]].id==='fan';}).length;
return [rows,more.length?more[0].value[4]:0,inFan];})()`)
	if got[2] != target[2] || got[0]+got[1] != target[2] || got[1] == 0 {
		t.Errorf("a stack of %v events: %v rows, %v counted in its last row, %v events pointing to it", target[2], got[0], got[1], got[2])
	}
	last := eval[[]float64](t, ctx, fanRowJS+`(`+fmt.Sprint(got[0]+1)+`)`)
	if last[3] < -0.5 || last[4] < -0.5 {
		t.Errorf("the stack's last row is %v px below the plot's top and %v px above its bottom: outside the plot", last[3], last[4])
	}
	d := eval[drawn](t, ctx, drawnJS)
	for _, b := range d.Bad {
		t.Errorf("opened: %s", b)
	}
	if d.Points+d.Clustered+int(got[2]) != before.Points+before.Clustered {
		t.Errorf("opened: %d points, %d in clusters, %v in the stack, want the %d events in view before", d.Points, d.Clustered, got[2], before.Points+before.Clustered)
	}
	for _, p := range console() {
		t.Errorf("console: %s", p)
	}
}
