package render

import (
	"bytes"
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"frise/timeline"
	"frise/timeline/expr"
)

func listOf(t *testing.T, c timeline.Chronology) string {
	t.Helper()
	var b bytes.Buffer
	if err := HTML(&b, c, Options{}); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	i, j := strings.Index(s, `<section class="frise-list"`), strings.Index(s, "</section>")
	if i < 0 || j < i {
		t.Fatal("no chronology list in the page")
	}
	return s[i:j]
}

// TestList: every event once, in order, under its day; the phrase marked;
// sources linked only to http(s) addresses, their titles escaped.
func TestList(t *testing.T) {
	c := chronology("x")
	c.Articles[0].URL = "https://example.org/kz?id=1&lang=fr"
	c.Articles[0].Title = `Kazakhstan: <b>troubles</b>`
	got := listOf(t, c)
	if n := strings.Count(got, `<li class="frise-ev"`); n != len(c.Events) {
		t.Errorf("%d events in the list, want %d", n, len(c.Events))
	}
	idx := regexp.MustCompile(`data-i="(\d+)"`).FindAllStringSubmatch(got, -1)
	for k, m := range idx {
		if m[1] != strconv.Itoa(k) {
			t.Errorf("event %d listed as %s: not in order", k, m[1])
		}
	}
	heads := regexp.MustCompile(`<h3>([^<]*)</h3>`).FindAllStringSubmatch(got, -1)
	var hs []string
	for _, h := range heads {
		hs = append(hs, h[1])
	}
	if want := []string{"dimanche 2 janvier 2022", "mardi 4 janvier 2022", "J-3"}; strings.Join(hs, "|") != strings.Join(want, "|") {
		t.Errorf("days %q, want %q", hs, want)
	}
	if !strings.Contains(got, "<mark>dimanche</mark>") || !strings.Contains(got, "<mark>dans la nuit de mardi à mercredi</mark>") {
		t.Error("the time phrases are not marked")
	}
	if !strings.Contains(got, `<a href="https://example.org/kz?id=1&amp;lang=fr" rel="noopener noreferrer">Kazakhstan: &lt;b&gt;troubles&lt;/b&gt;</a>`) {
		t.Errorf("the source is not linked with its escaped title:\n%s", got)
	}
	if !strings.Contains(got, "daté du 2022-01-05") {
		t.Error("the article's date is not said")
	}

	for _, bad := range []string{"javascript:alert(1)", "data:text/html,<script>x</script>", "//evil.example/x", "ftp://x.example/"} {
		c.Articles[0].URL = bad
		if got := listOf(t, c); strings.Contains(got, "<a ") {
			t.Errorf("url %q became a link", bad)
		}
	}
}

// TestListUndated: an event with no date is listed apart, after the days.
func TestListUndated(t *testing.T) {
	c := chronology("x")
	e := c.Events[0]
	e.Value = timeline.Value{Timex: "PXD", Type: expr.Duration}
	e.Clause = "Une enquête est ouverte."
	c.Events = append(c.Events, e)
	got := listOf(t, c)
	i, j := strings.Index(got, "<h3>Sans date</h3>"), strings.LastIndex(got, "<h3>")
	if i < 0 || i != j {
		t.Fatalf("no undated group at the end:\n%s", got)
	}
	if !strings.Contains(got[i:], `data-i="3"`) {
		t.Error("the undated event is not in its group")
	}
	// The chronology's own undated events, after the dated ones.
	e.DatedBy = timeline.Undated
	e.Clause = "La région est riche en pétrole."
	c.Undated = []timeline.Event{e}
	got = listOf(t, c)
	if i := strings.Index(got, "<h3>Sans date</h3>"); i < 0 || !strings.Contains(got[i:], `data-i="4"`) || !strings.Contains(got[i:], "le texte ne la situe pas") {
		t.Errorf("the chronology's undated event is not listed apart:\n%s", got)
	}
}

// TestListOneHeadingADay: a chronology in order of instants interleaves
// the days of articles told in other zones; each day is still one heading.
func TestListOneHeadingADay(t *testing.T) {
	c := chronology("x")
	almaty := time.FixedZone("+06:00", 6*3600)
	// Sunday 2 January at 23:00 in Almaty is still the 2nd where it was told.
	late := c.Events[0]
	late.Value.From = time.Date(2022, 1, 2, 23, 0, 0, 0, almaty)
	late.Value.To = time.Date(2022, 1, 3, 0, 0, 0, 0, almaty)
	late.Value.Grain = expr.GrainHour
	early := c.Events[0]
	early.Value.From = time.Date(2022, 1, 1, 20, 0, 0, 0, time.UTC) // Saturday evening, UTC
	early.Value.To = time.Date(2022, 1, 1, 21, 0, 0, 0, time.UTC)
	early.Value.Grain = expr.GrainHour
	// Days 2, 1, 2 as a chronology may hold them.
	c.Events = []timeline.Event{c.Events[0], early, late}
	got := listOf(t, c)
	heads := regexp.MustCompile(`<h3>([^<]*)</h3>`).FindAllStringSubmatch(got, -1)
	seen := map[string]bool{}
	for _, h := range heads {
		if seen[h[1]] {
			t.Errorf("day %q is two headings: %q", h[1], heads)
		}
		seen[h[1]] = true
	}
	if n := strings.Count(got, `<li class="frise-ev"`); n != len(c.Events) {
		t.Errorf("%d events in the list, want %d", n, len(c.Events))
	}
}

// TestListMonthDatedSource: a source dated by its month only is "daté de
// janvier 2022", not "daté du".
func TestListMonthDatedSource(t *testing.T) {
	c := chronology("x")
	for i := range c.Events {
		c.Events[i].Sources[0].Date = timeline.Value{Timex: "2022-01", Grain: expr.GrainMonth, Type: expr.Date,
			From: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC)}
	}
	got := listOf(t, c)
	if strings.Contains(got, "daté du janvier") || !strings.Contains(got, "daté de janvier 2022") {
		t.Errorf("a month-dated source is not said as such:\n%s", got)
	}
}

// TestReasonInPageLanguage: a reason frise gives as data (a month-dated
// story pinned by another source) is said in the page's language, in the
// list and the tooltip; one given only as text stays as it is.
func TestReasonInPageLanguage(t *testing.T) {
	c := chronology("x")
	why := timeline.Why{Kind: timeline.WhyPinned, ArticleDate: "2022-01", Day: "2022-01-05", Source: "AFP", SourceDate: "2022-01-06"}
	c.Events[0].Value.Certainty, c.Events[0].Value.Why, c.Events[0].Value.Reason = timeline.Inferred, why, why.String()
	c.Events[1].Value.Why = timeline.Why{Kind: timeline.WhyFar} // its Reason ("policy") is not that Why's wording
	for _, tt := range []struct {
		lang, want, not string
	}{
		{"fr", "article daté de janvier 2022 ; son jour est le mercredi 5 janvier 2022, que donne AFP (article du jeudi 6 janvier 2022)", "reporting the same event"},
		{"en", "article dated 2022-01; its day is 2022-01-05, from AFP (dated 2022-01-06) reporting the same event", "daté"},
	} {
		c.Articles[0].Lang = tt.lang
		for i := range c.Events {
			c.Events[i].Sources[0].Lang = tt.lang
		}
		list := html.UnescapeString(listOf(t, c))
		if !strings.Contains(list, tt.want) || strings.Contains(list, tt.not) {
			t.Errorf("%s page: the list does not say %q (or says %q)", tt.lang, tt.want, tt.not)
		}
		if !strings.Contains(list, "policy") {
			t.Errorf("%s page: a reason given as text only is not shown as it is", tt.lang)
		}
	}
}
