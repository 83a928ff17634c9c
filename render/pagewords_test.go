package render

import (
	"bufio"
	"bytes"
	"html"
	"strings"
	"testing"

	"frise/timeline"
	"frise/timeline/languages"
)

// inLang is c with every article and report in the language tag.
func inLang(c timeline.Chronology, tag string) timeline.Chronology {
	for i := range c.Articles {
		c.Articles[i].Lang = tag
	}
	for _, evs := range [][]timeline.Event{c.Events, c.Undated} {
		for i := range evs {
			for k := range evs[i].Sources {
				evs[i].Sources[k].Lang = tag
			}
		}
	}
	return c
}

// pageWordsIn lists what a page must say in its language's words: the
// list's heading, search box, source filter, certainty and dating words,
// and the chart's key.
func pageWordsIn(tag string) []string {
	pw := languages.ForPage(tag).Page
	lw := pw.List
	want := []string{
		"<h2>" + html.EscapeString(lw.Heading) + " <small>",
		`placeholder="` + html.EscapeString(lw.Search) + `…"`,
		">" + html.EscapeString(lw.AllSources) + "</option>",
		">" + html.EscapeString(lw.Certainty[timeline.Inferred]) + "<",
		html.EscapeString(lw.DatedBy[string(timeline.DatedCarried)]),
		html.EscapeString(lw.CarriedFrom + pw.Quotes[0]),
		`<p class="frise-key"><b>` + pw.KeyHead + `</b>`,
	}
	for _, k := range pw.Key {
		want = append(want, "</svg>"+k+"</span>")
	}
	return want
}

// TestPageWordsFromLanguage: the page of a chronology in each registered
// language says its interface in that language's Page words, and in none
// of another's; a page in a language frise has no words for speaks the
// fallback's (languages.ForPage).
func TestPageWordsFromLanguage(t *testing.T) {
	var tags []string
	for _, l := range languages.All() {
		if l.Page != nil {
			tags = append(tags, l.Tag)
		}
	}
	if len(tags) < 2 {
		t.Fatalf("languages with page words: %v, want French and English at least", tags)
	}
	for _, tag := range append(tags, "zz") {
		// The page of a small chronology, with the list of a rich one
		// (carried dates, several sources) in place of its own.
		p := page(t, inLang(chronology("x"), tag))
		var b bytes.Buffer
		w := bufio.NewWriter(&b)
		if err := writeList(w, inLang(richChronology("x", false), tag)); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		p += b.String()
		for _, w := range pageWordsIn(tag) {
			if !strings.Contains(p, w) {
				t.Errorf("%s page: no %q", tag, w)
			}
		}
		if !strings.Contains(p, `<html lang="`+tag+`">`) {
			t.Errorf("%s page: not in its language", tag)
		}
		for _, other := range tags {
			if other == languages.ForPage(tag).Tag {
				continue
			}
			ow := languages.ForPage(other).Page.List
			if h := "<h2>" + html.EscapeString(ow.Heading) + " <small>"; strings.Contains(p, h) {
				t.Errorf("%s page: heading of %s %q", tag, other, h)
			}
		}
	}
	if fb, first := languages.ForPage("zz").Tag, tags[0]; fb != first {
		t.Errorf("fallback page language %q, want the first registered with words, %q", fb, first)
	}
}
