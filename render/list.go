package render

import (
	"bytes"
	"fmt"
	"html/template"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"frise/timeline"
	"frise/timeline/expr"
)

// The chronology under the chart: every event in order, grouped by day,
// as plain HTML text (found by Ctrl-F, copied, printed). html/template
// escapes every piece of article text; links are only http(s) addresses.

// listWords are the list's own words in one language.
type listWords struct {
	Heading, Search, AllSources, AllCertainties, Undated, Events, Shown string
	Certainty                                                           [3]string
	Dated, Inherited, Carried                                           string
	// DatedCoarse is Dated before a month or a year ("daté de janvier
	// 2022", not "daté du janvier 2022").
	DatedCoarse string
	// DatedBy says how an event got its date, by timeline.Dating.
	DatedBy map[timeline.Dating]string
	// CarriedFrom introduces the sentence a carried date came from.
	CarriedFrom string
}

var listFR = listWords{Heading: "Chronologie", Search: "Rechercher", AllSources: "toutes les sources",
	AllCertainties: "toute certitude", Undated: "Sans date", Events: "événements", Shown: "affichés",
	Certainty: [3]string{"exacte", "déduite", "ambiguë"}, Dated: "daté du", DatedCoarse: "daté de", Carried: "reportée",
	Inherited: "sans date propre : datée par la dernière date citée avant elle",
	DatedBy: map[timeline.Dating]string{timeline.DatedOwn: "datée par sa propre expression",
		timeline.DatedArticle: "le compte rendu lui-même : daté du jour de l'article",
		timeline.DatedCarried: "la suite de l'épisode raconté avant : date reportée",
		timeline.Undated:      "le texte ne la situe pas"},
	CarriedFrom: "date de"}

var listEN = listWords{Heading: "Chronology", Search: "Search", AllSources: "all sources",
	AllCertainties: "any certainty", Undated: "Undated", Events: "events", Shown: "shown",
	Certainty: [3]string{"exact", "inferred", "ambiguous"}, Dated: "dated", DatedCoarse: "dated", Carried: "carried",
	Inherited: "no date of its own: dated by the last time mentioned before it",
	DatedBy: map[timeline.Dating]string{timeline.DatedOwn: "dated by its own phrase",
		timeline.DatedArticle: "the report itself: dated by the article's day",
		timeline.DatedCarried: "goes on with the episode told before: its date carried",
		timeline.Undated:      "the text does not place it"},
	CarriedFrom: "date from"}

func listWordsFor(lang string) listWords {
	if strings.HasPrefix(lang, "en") {
		return listEN
	}
	return listFR
}

type listGroup struct {
	Head  string
	Items []listItem
}

// Height guesses the group's height in CSS pixels, for the browser to
// reserve until it lays the group out: the list's groups are laid out only
// near the window (content-visibility), so that a page of 10,000 events
// opens as fast as a short one, while every word stays in the page for
// Ctrl-F, copying and print.
func (g listGroup) Height() int { return 48 + 84*len(g.Items) }

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

// listSeg is a piece of the sentence: in the dated clause or not, the
// time phrase or not.
type listSeg struct {
	Text           string
	Clause, Phrase bool
}

type listRef struct {
	Name, Title, Date string
	URL               template.URL
}

type listData struct {
	W                      listWords
	Count                  int
	Sources                []string
	Groups                 []listGroup
	Undated                []listItem
	HasSearch, ManySources bool
}

// UndatedHeight is listGroup.Height for the undated events.
func (d listData) UndatedHeight() int { return listGroup{Items: d.Undated}.Height() }

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

// list writes the chronology under the chart.
func list(c timeline.Chronology, l layout) (string, error) {
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
		it := listItem{I: i, Cert: strconv.Itoa(int(e.Value.Certainty)), Conflict: e.Conflict, DatedBy: w.DatedBy[e.DatedBy]}
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
		it.Text = segments(p)
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
			d.Groups = append(d.Groups, listGroup{Head: head})
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

// groupHead is the heading an event is listed under: its day when it
// falls within one (its J-day when only that is known), else the date as
// said.
func groupHead(v timeline.Value, w words, lg string) string {
	if v.RelDay != nil {
		if *v.RelDay == 0 {
			return "J0"
		}
		return "J" + signed(*v.RelDay)
	}
	// A night, an evening's hours: under the day they start on.
	if v.Open == 0 && v.Certainty != timeline.Ambiguous && v.To.Sub(v.From) <= 24*time.Hour {
		return w.day(v.From)
	}
	return Say(v, lg)
}

// segments cuts the sentence at the clause's and the phrase's bounds, so
// that each piece is shown as what it is. Spans that do not fall on the
// sentence's characters give the sentence whole.
func segments(p timeline.Provenance) []listSeg {
	s := p.Sentence
	if s == "" {
		s = p.Clause
	}
	base := p.SentenceSpan.Start
	in := func(sp timeline.Span) (int, int, bool) {
		a, z := sp.Start-base, sp.End-base
		ok := a >= 0 && z <= len(s) && a < z && utf8.RuneStart(s[a]) && (z == len(s) || utf8.RuneStart(s[z]))
		return a, z, ok
	}
	ca, cz, cok := in(p.ClauseSpan)
	pa, pz, pok := in(p.PhraseSpan)
	if p.Inherited || p.Phrase == "" {
		pok = false
	}
	cuts := []int{0, len(s)}
	if cok {
		cuts = append(cuts, ca, cz)
	}
	if pok {
		cuts = append(cuts, pa, pz)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []listSeg
	for k := 0; k+1 < len(cuts); k++ {
		a, z := cuts[k], cuts[k+1]
		out = append(out, listSeg{Text: s[a:z], Clause: !cok || a >= ca && z <= cz, Phrase: pok && a >= pa && z <= pz})
	}
	return out
}

// safeURL keeps an article's address when it is an absolute http(s) URL:
// no other scheme becomes a link.
func safeURL(s string) template.URL {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return template.URL(u.String())
}

// datedAs is how an article's date is introduced: "daté du 5 janvier",
// but "daté de janvier 2022" where only the month or the year is known.
func (w listWords) datedAs(v timeline.Value) string {
	if v.Grain > expr.GrainWeek && w.DatedCoarse != "" {
		return w.DatedCoarse
	}
	return w.Dated
}
