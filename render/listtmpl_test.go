package render

import (
	"bufio"
	"bytes"
	"fmt"
	"frise/timeline/expr"
	"html/template"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"frise/timeline"
)

// The chronology's list as frise wrote it with html/template, whose
// escaping is the reference writeList's must match byte for byte
// (TestListAsTemplate, FuzzListAsTemplate).

type tmplGroup struct {
	Head  string
	Items []listItem
}

// Height guesses the group's height in CSS pixels, for the browser to
// reserve until it lays the group out: the list's groups are laid out only
// near the window (content-visibility), so that a page of 10,000 events
// opens as fast as a short one, while every word stays in the page for
// Ctrl-F, copying and print.
func (g tmplGroup) Height() int { return 48 + 84*len(g.Items) }

type listItem struct {
	I              int
	When           string
	Cert, CertWord string
	Reason         string
	DatedBy        string
	Carried        string
	Conflict       string
	Sources        string // indices in listData.Sources, space-separated
	Text           []listSeg
	Refs           []listRef
}

type listData struct {
	W                      listWords
	Count                  int
	Sources                []string
	Groups                 []tmplGroup
	Undated                []listItem
	HasSearch, ManySources bool
}

// UndatedHeight is tmplGroup.Height for the undated events.
func (d listData) UndatedHeight() int { return tmplGroup{Items: d.Undated}.Height() }

var listTmpl = template.Must(template.New("list").Parse(`<section class="frise-list" aria-label="{{.W.Heading}}">
<h2>{{.W.Heading}} <small>{{.Count}} {{.W.Events}}</small></h2>
{{- if .HasSearch}}
<div class="frise-tools"><input type="search" class="frise-q" placeholder="{{.W.Search}}…" aria-label="{{.W.Search}}">
{{- if .ManySources}} <select class="frise-fsrc" aria-label="source"><option value="">{{.W.AllSources}}</option>{{range $i, $s := .Sources}}<option value="{{$i}}">{{$s}}</option>{{end}}</select>{{end}}
 <select class="frise-fcert" aria-label="certainty"><option value="">{{.W.AllCertainties}}</option>{{range $i, $c := .W.Certainty}}<option value="{{$i}}">{{$c}}</option>{{end}}</select>
 <span class="frise-count" aria-live="polite"></span></div>
{{- end}}
{{- range .Groups}}
<div class="frise-group" style="contain-intrinsic-size:auto {{.Height}}px"><h3>{{.Head}}</h3><ol>
{{- range .Items}}{{template "item" .}}{{end}}
</ol></div>
{{- end}}
{{- if .Undated}}
<div class="frise-group" style="contain-intrinsic-size:auto {{.UndatedHeight}}px"><h3>{{.W.Undated}}</h3><ol>
{{- range .Undated}}{{template "item" .}}{{end}}
</ol></div>
{{- end}}
</section>
{{- define "item"}}
<li class="frise-ev" data-i="{{.I}}" data-src="{{.Sources}}" data-cert="{{.Cert}}"><p class="frise-head">{{if .When}}<span class="frise-when">{{.When}}</span> {{end}}{{if .CertWord}}<span class="frise-cert frise-c{{.Cert}}">{{.CertWord}}</span> {{end}}<span class="frise-reason">{{.DatedBy}}{{if and .DatedBy .Reason}} · {{end}}{{.Reason}}</span>{{if .Carried}} <span class="frise-reason">({{.Carried}})</span>{{end}}</p>
<p class="frise-text">{{range .Text}}{{if .Phrase}}<mark>{{.Text}}</mark>{{else if .Clause}}{{.Text}}{{else}}<span class="frise-out">{{.Text}}</span>{{end}}{{end}}</p>
{{- if .Conflict}}<p class="frise-conflict">{{.Conflict}}</p>{{end}}
<p class="frise-refs">{{range $k, $r := .Refs}}{{if $k}} · {{end}}<span class="frise-ref">{{if $r.URL}}<a href="{{$r.URL}}" rel="noopener noreferrer">{{if $r.Title}}{{$r.Title}}{{else}}{{$r.Name}}{{end}}</a>{{if $r.Title}} ({{$r.Name}}){{end}}{{else}}{{if $r.Title}}<cite>{{$r.Title}}</cite> ({{$r.Name}}){{else}}{{$r.Name}}{{end}}{{end}}, {{$r.Date}}</span>{{end}}</p></li>
{{- end}}`))

// listByTemplate is the list as html/template wrote it before writeList:
// the bytes writeList must write.
func listByTemplate(c timeline.Chronology) (string, error) {
	lg := lang(c)
	w := listWordsFor(lg)
	words := wordsFor(lg)
	arts := map[[2]string]timeline.ArticleInfo{}
	for _, a := range c.Articles {
		arts[[2]string{a.File, a.ID}] = a
	}
	d := listData{W: w, Count: len(c.Events) + len(c.Undated), HasSearch: len(c.Events)+len(c.Undated) > 1}
	srcIndex := map[string]int{}
	groupOf := map[string]int{} // heading → its index in d.Groups
	// The undated events follow the dated ones, numbered after them: they
	// are in the list only, not on the chart.
	all := append(slices.Clip(c.Events), c.Undated...)
	for i, e := range all {
		if len(e.Sources) == 0 {
			continue
		}
		undated := i >= len(c.Events) || e.DatedBy == timeline.Undated || !e.Value.Bounded()
		it := listItem{I: i, Cert: strconv.Itoa(int(e.Value.Certainty)), Conflict: e.Conflict, DatedBy: w.DatedBy[string(e.DatedBy)]}
		p := e.Sources[0]
		if !undated {
			it.When = Say(e.Value, lg)
			if int(e.Value.Certainty) < len(w.Certainty) {
				it.CertWord = w.Certainty[e.Value.Certainty]
			}
			switch {
			case p.Inherited && e.DatedBy == "":
				it.CertWord, it.Reason = w.Carried, w.Inherited
			case e.Value.Certainty != timeline.Exact:
				it.Reason = reasonSaid(e.Value, lg)
			}
			if e.DatedBy == timeline.DatedCarried && p.Carried != "" {
				it.Carried = w.CarriedFrom + " « " + Summary(p.Carried, 120) + " »"
				if strings.HasPrefix(lg, "en") {
					it.Carried = w.CarriedFrom + " “" + Summary(p.Carried, 120) + "”"
				}
			}
		} else {
			it.Cert = ""
		}
		it.Text = segments(&p)
		var srcs []string
		for k, q := range e.Sources {
			name := q.Source
			if name == "" {
				name = q.Article
			}
			n, ok := srcIndex[name]
			if !ok {
				n = len(d.Sources)
				srcIndex[name] = n
				d.Sources = append(d.Sources, name)
			}
			if s := strconv.Itoa(n); !slices.Contains(srcs, s) {
				srcs = append(srcs, s)
			}
			if k == 12 {
				it.Refs = append(it.Refs, listRef{Name: fmt.Sprintf("+%d", len(e.Sources)-k), Date: "…"})
				continue
			} else if k > 12 {
				continue
			}
			a := arts[[2]string{q.File, q.Article}]
			it.Refs = append(it.Refs, listRef{Name: name, Title: a.Title, URL: safeURL(a.URL),
				Date: w.datedAs(q.Date) + " " + Say(q.Date, lg)})
		}
		it.Sources = strings.Join(srcs, " ")
		if undated {
			d.Undated = append(d.Undated, it)
			continue
		}
		// The chronology is in order of instants, and the days of articles
		// told in other zones interleave there (a night in Almaty begins
		// before an evening in New York ends): each day is one heading,
		// placed where its first event comes.
		head := groupHead(e.Value, words, lg)
		gi, ok := groupOf[head]
		if !ok {
			gi = len(d.Groups)
			groupOf[head] = gi
			d.Groups = append(d.Groups, tmplGroup{Head: head})
		}
		if it.When == head {
			it.When = "" // the heading says it
		}
		d.Groups[gi].Items = append(d.Groups[gi].Items, it)
	}
	d.ManySources = len(d.Sources) > 1
	var b bytes.Buffer
	if err := listTmpl.Execute(&b, d); err != nil {
		return "", fmt.Errorf("render chronology list: %w", err)
	}
	// No "_" left, as in esc: the list holds no script, but a page of
	// frise's never carries go-echarts' "__f__" marker made from data. The
	// list's own names have no "_", and "&#95;" reads as "_" in text and
	// attributes alike.
	return strings.ReplaceAll(b.String(), "_", "&#95;"), nil
}

// richChronology is chronology(text) with text in every field the list
// writes: sources and articles' IDs, titles and addresses, carried dates,
// conflicts, a report with more sources than the list names, an undated
// event and one with no sources; in English when en.
func richChronology(text string, en bool) timeline.Chronology {
	c := chronology(text)
	lg := "fr"
	if en {
		lg = "en"
	}
	c.Articles[0].Lang = lg
	c.Articles[0].URL = "https://example.org/" + text + "?a=1&b=2+3_%41%zz'\""
	c.Articles[0].Title = "Title " + text
	c.Articles = append(c.Articles, timeline.ArticleInfo{ID: "a2" + text, File: "f_" + text, Lang: lg, URL: "http://x/" + text,
		Date: timeline.Value{Timex: "2022-01", Grain: expr.GrainMonth}}, timeline.ArticleInfo{ID: "a3", URL: "javascript:" + text})
	for i := range c.Events {
		c.Events[i].Sources[0].Lang = lg
	}
	e := c.Events[0]
	e.Conflict = "sources disagree " + text
	e.DatedBy = timeline.DatedCarried
	e.Sources = nil
	for k := range 15 {
		q := c.Events[0].Sources[0]
		q.Carried = "Une phrase d'avant " + text
		switch k % 3 {
		case 1:
			q.Article, q.File, q.Source = "a2"+text, "f_"+text, ""
			q.Date = timeline.Value{Timex: "2022-01", Grain: expr.GrainMonth}
		case 2:
			q.Article, q.Source = "a3", "Src"+strconv.Itoa(k)+text
		}
		e.Sources = append(e.Sources, q)
	}
	inherited := c.Events[1]
	inherited.Sources = []timeline.Provenance{c.Events[1].Sources[0]}
	inherited.Sources[0].Inherited = true
	inherited.Sources[0].ClauseSpan = timeline.Span{Start: 3, End: 12}
	c.Events = append(c.Events, e, inherited, timeline.Event{Clause: "none"})
	und := c.Events[2]
	und.DatedBy = timeline.Undated
	und.Value = timeline.Value{}
	c.Undated = []timeline.Event{und}
	return c
}

func checkListAsTemplate(t *testing.T, c timeline.Chronology) {
	t.Helper()
	want, err := listByTemplate(c)
	if err != nil {
		t.Fatal(err)
	}
	// The one difference on purpose: the sources' numbers separated by
	// spaces, as the page's filter reads them, not html/template's "%20".
	want = dataSrc.ReplaceAllStringFunc(want, func(m string) string { return strings.ReplaceAll(m, "%20", " ") })
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	if err := writeList(w, c); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if got := b.String(); got != want {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Fatalf("writeList differs from html/template at byte %d:\n got …%.200s\nwant …%.200s", i, got[max(0, i-80):], want[max(0, i-80):])
	}
}

var dataSrc = regexp.MustCompile(`data-src="[0-9%]*"`)

// TestListSourceFilter: an event told by several sources lists their
// numbers as the page's filter looks for them (" n " in " "+data-src+" ").
func TestListSourceFilter(t *testing.T) {
	c := richChronology("x", false)
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	if err := writeList(w, c); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if !strings.Contains(listJS, "(' '+li.getAttribute('data-src')+' ').indexOf(' '+s+' ')") {
		t.Fatal("the page's filter no longer reads data-src as numbers between spaces: update this test")
	}
	m := regexp.MustCompile(`data-src="([^"]*)"`).FindAllStringSubmatch(b.String(), -1)
	several := false
	for _, s := range m {
		for _, n := range strings.Split(s[1], " ") {
			if _, err := strconv.Atoi(n); err != nil {
				t.Fatalf("data-src=%q: %q is no source number", s[1], n)
			}
		}
		several = several || strings.Contains(s[1], " ")
	}
	if !several {
		t.Fatal("no event with several sources: the test reads nothing")
	}
}

// TestListAsTemplate: the list written by hand is the list html/template
// wrote, byte for byte, whatever the text holds.
func TestListAsTemplate(t *testing.T) {
	for _, v := range append(slices.Clone(vectors), "plain", "", "a_b + c & d", "\x00nul", "bad \xff utf-8", "% %2 %41 ~!#$*") {
		for _, en := range []bool{false, true} {
			checkListAsTemplate(t, richChronology(v, en))
		}
	}
	checkListAsTemplate(t, timeline.Chronology{})
	checkListAsTemplate(t, chronology("x"))
	one := chronology("x")
	one.Events = one.Events[:1]
	checkListAsTemplate(t, one)
}

// FuzzListAsTemplate: TestListAsTemplate on any text.
func FuzzListAsTemplate(f *testing.F) {
	for _, v := range vectors {
		f.Add(v, false)
	}
	f.Add("a_b + c", true)
	f.Fuzz(func(t *testing.T, text string, en bool) { checkListAsTemplate(t, richChronology(text, en)) })
}
