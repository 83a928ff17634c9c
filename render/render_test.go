package render

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"frise/timeline"
	"frise/timeline/expr"
)

// chronology builds a small chronology by hand: an exact day, a night, an
// event whose day is only known relative to the story's, and text given.
func chronology(text string) timeline.Chronology {
	utc := time.UTC
	day := func(d int) time.Time { return time.Date(2022, 1, d, 0, 0, 0, 0, utc) }
	src := func(sent, phrase string) timeline.Provenance {
		k := strings.Index(sent, phrase)
		return timeline.Provenance{Article: "a1", Source: "Belga " + text, Lang: "fr",
			Date:     timeline.Value{Timex: "2022-01-05", Grain: expr.GrainDay},
			Sentence: sent, Clause: sent, Phrase: phrase, SentenceSpan: timeline.Span{Start: 0, End: len(sent)},
			PhraseSpan: timeline.Span{Start: k, End: k + len(phrase)}}
	}
	rel := -3
	s1 := "Les troubles ont éclaté dimanche " + text
	s2 := "Elles se sont étendues dans la nuit de mardi à mercredi."
	s3 := "Un témoin l'a raconté samedi."
	return timeline.Chronology{
		Articles: []timeline.ArticleInfo{{ID: "a1", Source: "Belga", Lang: "fr", Date: timeline.Value{Timex: "2022-01-05", Grain: expr.GrainDay}}},
		Events: []timeline.Event{
			{Value: timeline.Value{From: day(2), To: day(3), Grain: expr.GrainDay, Type: expr.Date, Timex: "2022-01-02"},
				Clause: s1, Sources: []timeline.Provenance{src(s1, "dimanche")}},
			{Value: timeline.Value{From: day(4).Add(20 * time.Hour), To: day(5).Add(6 * time.Hour), Grain: expr.GrainPartOfDay, Type: expr.Time, Timex: "2022-01-04TNI", Certainty: timeline.Inferred, Reason: "policy"},
				Clause: s2, Sources: []timeline.Provenance{src(s2, "dans la nuit de mardi à mercredi")}},
			{Value: timeline.Value{From: day(1), To: day(29), Grain: expr.GrainDay, Type: expr.Date, Timex: "XXXX-XX-XX", Certainty: timeline.Ambiguous, Reason: "article dated 2022-01", RelDay: &rel},
				Clause: s3, Sources: []timeline.Provenance{src(s3, "samedi")}},
		},
	}
}

func page(t *testing.T, c timeline.Chronology) string {
	t.Helper()
	var b bytes.Buffer
	if err := HTML(&b, c, Options{}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var vectors = []string{
	`</script><script>alert(1)</script>`,
	`<img src=x onerror=alert(1)>`,
	`__f__alert(2)__f__`,
	`"__f__alert(3)__f__"`,
	`javascript:alert(4)`,
	`'quotes" and \backslashes\'`,
	"\u2028line\u2029separators",
}

// TestHTMLInertText renders every vector as article text, source name and
// title, and checks the page holds no markup or script made from it, and
// still carries the text itself (as base64) for the reader.
func TestHTMLInertText(t *testing.T) {
	clean := page(t, chronology("."))
	for _, v := range vectors {
		t.Run(v, func(t *testing.T) {
			c := chronology(v)
			var b bytes.Buffer
			if err := HTML(&b, c, Options{Title: v}); err != nil {
				t.Fatal(err)
			}
			// ECharts itself is frise's, not the article's.
			got := strings.Replace(b.String(), echartsMin, "", 1)
			if n, want := strings.Count(got, "<script"), strings.Count(clean, "<script"); n != want {
				t.Errorf("%d <script tags, want %d", n, want)
			}
			if n, want := strings.Count(got, "</script"), strings.Count(clean, "</script"); n != want {
				t.Errorf("%d </script tags, want %d", n, want)
			}
			// The page title is the one place the text stays readable, escaped
			// by html/template.
			title := regexp.MustCompile(`<title>[^<]*</title>`)
			if !title.MatchString(got) {
				t.Errorf("the page title holds markup")
			}
			body := title.ReplaceAllString(got, "")
			// The chronology list shows the text as text: escaped, so that no
			// markup of it is a tag or an attribute, and no link goes to it.
			for _, bad := range []string{"<img", "__f__", `href="javascript`, v} {
				if strings.Contains(body, bad) && (bad != v || strings.ContainsAny(v, "<>&'\"_")) {
					t.Errorf("page contains %q", bad)
				}
			}
			i, j := strings.Index(body, `<section class="frise-list"`), strings.Index(body, "</section>")
			if i < 0 || j < i {
				t.Fatal("no chronology list")
			}
			if text := html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(body[i:j], "")); !strings.Contains(text, "Les troubles ont éclaté dimanche "+strings.Join(strings.Fields(v), " ")) && !strings.Contains(text, "Les troubles ont éclaté dimanche "+v) {
				t.Errorf("the list does not show the article's text as text")
			}
			// The text is there, for the tooltip to show, as base64 of escaped HTML.
			if !strings.Contains(got, base64.StdEncoding.EncodeToString([]byte(Summary("Les troubles ont éclaté dimanche "+v, 48)))) {
				t.Errorf("the label of the event is missing")
			}
		})
	}
}

// TestTooltipEscapes: an event's tooltip is its row of the chronology,
// copied in the page from the list's DOM (TestBrowser hovers it): the page
// carries no tooltip HTML of its own, and the row holds the article text
// as escaped HTML, with the phrase marked, under its day as a reader says it.
func TestTooltipEscapes(t *testing.T) {
	got := page(t, chronology(`<img src=x onerror=alert(1)>`))
	if strings.Contains(got, "tips:") {
		t.Errorf("the page still carries tooltips of its own")
	}
	i := strings.Index(got, `<li class="frise-ev" data-i="0"`)
	if i < 0 {
		t.Fatal("no list row for the first event")
	}
	row := got[i : i+strings.Index(got[i:], "</li>")]
	if strings.Contains(row, "<img") || !strings.Contains(row, "&lt;img") {
		t.Errorf("the row a tooltip shows is not escaped: %s", row)
	}
	if !strings.Contains(row, "<mark>dimanche</mark>") {
		t.Errorf("the row a tooltip shows does not mark the phrase: %s", row)
	}
	if head := got[:i]; !strings.Contains(head[strings.LastIndex(head, "<h3>"):], "dimanche 2 janvier 2022") {
		t.Errorf("the row's day is not said as a reader would")
	}
}

func TestHTMLDeterministic(t *testing.T) {
	a, b := page(t, chronology("x")), page(t, chronology("x"))
	if a != b {
		t.Error("two renderings of the same chronology differ")
	}
	if ChartID(chronology("x")) == ChartID(chronology("y")) {
		t.Error("two chronologies share a chart id")
	}
}

func TestSay(t *testing.T) {
	c := chronology("x")
	tests := []struct {
		v          timeline.Value
		lang, want string
	}{
		{c.Events[0].Value, "fr", "dimanche 2 janvier 2022"},
		{c.Events[0].Value, "en", "Sunday 2 January 2022"},
		{c.Events[1].Value, "fr", "mardi 4 janvier 2022, nuit"},
		{c.Events[1].Value, "en", "Tuesday 4 January 2022, night"},
		{c.Events[2].Value, "fr", "J-3, jour exact inconnu"},
		// Open ranges: the named end, then the article's time.
		{open(2022, 1, 7, 0, 2022, 1, 13, 0, expr.GrainDay, 1), "fr", "depuis vendredi 7 janvier 2022 (jusqu'au mercredi 12 janvier 2022, date de l'article)"},
		{open(2021, 12, 1, 0, 2022, 1, 12, 10, expr.GrainMonth, 1), "en", "since December 2021 (to Wednesday 12 January 2022 at 10:00, the article's date)"},
		{open(2022, 1, 12, 0, 2022, 1, 21, 0, expr.GrainDay, -1), "fr", "jusqu'au jeudi 20 janvier 2022 (depuis le mercredi 12 janvier 2022, date de l'article)"},
		{open(2022, 1, 17, 0, 2022, 1, 18, 0, expr.GrainDay, 2), "fr", "à partir de lundi 17 janvier 2022"},
		{open(2022, 1, 6, 0, 2022, 1, 7, 0, expr.GrainDay, -2), "en", "until Thursday 6 January 2022"},
		{open(2022, 1, 20, 0, 2022, 1, 21, 0, expr.GrainDay, 3), "fr", "après jeudi 20 janvier 2022"},
		{open(2018, 1, 1, 0, 2019, 1, 1, 0, expr.GrainYear, -3), "en", "before 2018"},
		// Stretches of years or months: the first and the last.
		{open(2010, 1, 1, 0, 2019, 1, 1, 0, expr.GrainYear, 0), "fr", "de 2010 à 2018"},
		{open(2015, 1, 1, 0, 2022, 1, 13, 0, expr.GrainYear, 0), "en", "from 2015 to 2022"},
		{open(2021, 1, 1, 0, 2021, 7, 1, 0, expr.GrainMonth, 0), "en", "from January 2021 to June 2021"},
		{open(2021, 3, 1, 0, 2021, 4, 1, 0, expr.GrainMonth, 0), "fr", "mars 2021"},
		// Spans of hours: on one day, or from one day to the next.
		{hours(2022, 1, 11, 14, 2022, 1, 11, 16), "fr", "mardi 11 janvier 2022, de 14:00 à 16:00"},
		{hours(2021, 12, 31, 20, 2022, 1, 1, 6), "en", "from Friday 31 December 2021 at 20:00 to Saturday 1 January 2022 at 06:00"},
	}
	for _, tt := range tests {
		if got := Say(tt.v, tt.lang); got != tt.want {
			t.Errorf("Say(%s, %s) = %q, want %q", tt.v.Timex, tt.lang, got, tt.want)
		}
	}
}

// hours is a span of hours, from y-m-d h:00 to y2-m2-d2 h2:00.
func hours(y, m, d, h, y2, m2, d2, h2 int) timeline.Value {
	return timeline.Value{From: time.Date(y, time.Month(m), d, h, 0, 0, 0, time.UTC), To: time.Date(y2, time.Month(m2), d2, h2, 0, 0, 0, time.UTC),
		Grain: expr.GrainMinute, Type: expr.Time, Timex: "x"}
}

// open is a value widened to an open range: from y-m-d h:00 to the
// minute after y2-m2-d2 h2:00 (the article's time), or to midnight.
func open(y, m, d, h, y2, m2, d2, h2 int, g expr.Granularity, dir int) timeline.Value {
	to := time.Date(y2, time.Month(m2), d2, h2, 0, 0, 0, time.UTC)
	if h2 != 0 {
		to = to.Add(time.Minute)
	}
	return timeline.Value{From: time.Date(y, time.Month(m), d, h, 0, 0, 0, time.UTC), To: to, Grain: g,
		Type: expr.Date, Timex: "x", Open: dir}
}

// TestLegendShowsTheEventsColour: each lane's series (the bars and the
// points) carry the events' colour, which is what the legend shows for the
// lane, not a palette colour the chart draws nowhere.
func TestLegendShowsTheEventsColour(t *testing.T) {
	c := chronology("")
	other := c.Events[0]
	other.Sources = []timeline.Provenance{other.Sources[0]}
	other.Sources[0].Source = "Reuters"
	c.Events = append(c.Events, other)
	ch, _, err := Chart(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	lanes := map[string]string{}
	for _, s := range ch.MultiSeries {
		if s.ItemStyle == nil || s.ItemStyle.Color == "" {
			t.Fatalf("series %s (%s) has no colour", s.Name, s.Type)
		}
		if c, ok := lanes[s.Name]; ok && c != s.ItemStyle.Color {
			t.Errorf("lane %s: bars %s, points %s: want one colour", s.Name, c, s.ItemStyle.Color)
		}
		lanes[s.Name] = s.ItemStyle.Color
	}
	if len(lanes) != 2 || lanes["L0"] == lanes["L1"] {
		t.Errorf("lanes' colours %v, want two different", lanes)
	}
}

// TestOpenEnds: an event that goes on after its end ("à partir de lundi",
// "depuis vendredi") has its point at that end, drawn as an arrowhead
// pointing on, its label after it; one that began before its start ("il
// est resté jusqu'à jeudi") tells the bars' renderer, which draws an
// arrowhead before it.
func TestOpenEnds(t *testing.T) {
	c := chronology("")
	c.Events[0].Value.Open = 2
	c.Events[1].Value.Open = -2
	l := lay(c, "")
	if it := l.items[0]; it.open != 1 || it.mark() != it.x1 {
		t.Errorf("open item: open %d, mark %v, want 1 and its end %v", it.open, it.mark(), it.x1)
	}
	if it := l.items[1]; it.open != -1 || it.mark() != (it.x0+it.x1)/2 {
		t.Errorf("item open before: open %d, mark %v, want -1 and its middle", it.open, it.mark())
	}
	if m := marker(l.items[0]); m != markOn {
		t.Errorf("open item drawn as marker %d, want the arrowhead pointing on (%d)", m, markOn)
	}
	// The page gets each event's open end, for the bars' renderer.
	_, data, err := Chart(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(data, fmt.Sprintf(",%d,%g,", -1, l.items[1].mark())) {
		t.Errorf("the page's data do not say event 1 began before: %s", data)
	}
	// "après le 20 janvier", "avant 2018": the event is outside the named
	// days, at their end or start, an arrowhead pointing away.
	c.Events[0].Value.Open, c.Events[1].Value.Open = 3, -3
	l = lay(c, "")
	if it := l.items[0]; it.open != 1 || it.x0 != it.x1 || it.x1 != wall(c.Events[0].Value.To) {
		t.Errorf("after: open %d, extent %v..%v, want 1 and the named days' end %v", it.open, it.x0, it.x1, wall(c.Events[0].Value.To))
	}
	if it := l.items[1]; it.open != -1 || it.x0 != it.x1 || it.x0 != wall(c.Events[1].Value.From) {
		t.Errorf("before: open %d, extent %v..%v, want -1 and the named days' start", it.open, it.x0, it.x1)
	}
}

// TestRelativeAxisOneArticle: the axis counts days from the story's day
// (J0, J-3) only when every event is relative to one article's; two
// articles of the same ID from two files are two stories.
func TestRelativeAxisOneArticle(t *testing.T) {
	rel := -3
	ev := func(file string) timeline.Event {
		return timeline.Event{Value: timeline.Value{From: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2022, 1, 29, 0, 0, 0, 0, time.UTC),
			Grain: expr.GrainDay, Type: expr.Date, Timex: "XXXX-XX-XX", Certainty: timeline.Ambiguous, RelDay: &rel},
			Sources: []timeline.Provenance{{Article: "1", File: file, Sentence: "samedi", Phrase: "samedi"}}}
	}
	month := timeline.Value{Timex: "2022-01", Grain: expr.GrainMonth}
	one := timeline.Chronology{Articles: []timeline.ArticleInfo{{ID: "1", File: "afp.jsonl", Date: month}}, Events: []timeline.Event{ev("afp.jsonl")}}
	if !lay(one, "").relative {
		t.Error("one article: the axis should count days from its story's day")
	}
	two := timeline.Chronology{Articles: []timeline.ArticleInfo{{ID: "1", File: "afp.jsonl", Date: month}, {ID: "1", File: "reuters.jsonl", Date: month}},
		Events: []timeline.Event{ev("afp.jsonl"), ev("reuters.jsonl")}}
	if lay(two, "").relative {
		t.Error("two articles with one ID, from two files: the axis counts days from two stories' days")
	}
}

// TestView: the chart opens where the events are, at any count: a few
// events and one years away open on the few; events spread evenly, or a
// story's days three apart, open whole.
func TestView(t *testing.T) {
	at := func(days ...int) timeline.Chronology {
		c := chronology("")
		base := c.Events[0]
		c.Events = nil
		for _, d := range days {
			e := base
			e.Value.From, e.Value.To = base.Value.From.AddDate(0, 0, d), base.Value.To.AddDate(0, 0, d)
			c.Events = append(c.Events, e)
		}
		return c
	}
	tests := []struct {
		name     string
		days     []int
		narrowed bool
	}{
		{"five in a week, one two years on", []int{0, 1, 2, 4, 6, 730}, true},
		{"three, one a year before", []int{-365, 0, 2, 3}, true},
		{"two, a year apart", []int{0, 365}, false},
		{"five over five days", []int{0, 1, 2, 3, 4}, false},
		{"days three apart", []int{0, 3, 3, 3, 3, 3, 3, 3}, false},
		{"a month, evenly", []int{0, 5, 10, 15, 20, 25, 30}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := lay(at(tt.days...), "")
			from, to, narrowed := l.view()
			if narrowed != tt.narrowed {
				t.Fatalf("narrowed %v, want %v (view %v..%v of %v..%v)", narrowed, tt.narrowed, from, to, l.min, l.max)
			}
			if !narrowed {
				if l.zoom0 != 0 || l.zoom1 != 100 {
					t.Errorf("opens on %v%%..%v%%, want the whole axis", l.zoom0, l.zoom1)
				}
				return
			}
			// Every event but the far one is in view; the far one is not.
			in := 0
			for _, it := range l.items {
				if it.x0 >= from && it.x1 <= to {
					in++
				}
			}
			if in != len(tt.days)-1 {
				t.Errorf("%d of %d events in the first view, want all but the far one", in, len(tt.days))
			}
		})
	}
}
