package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"

	"frise/render/export"
	"frise/timeline"
	"frise/timeline/pipeline"
)

// wire is a short French wire story whose events are dated for each of
// the four reasons: a phrase of its own, the report, an episode carried
// by "Puis", a prediction with no time.
const wire = `date 2023-05-12 Les pompiers sont intervenus mardi soir dans un entrepôt de Lyon. Puis la police a bouclé le quartier. Le préfet estime que l'enquête avance. Le site pourrait rouvrir. (AFP)
`

func wireChronology(t *testing.T) (timeline.Chronology, []timeline.Result) {
	t.Helper()
	p := pipeline.New(pipeline.Options{})
	var results []timeline.Result
	for a, err := range p.Articles("wire.txt", strings.NewReader(wire)) {
		if err != nil {
			t.Fatal(err)
		}
		r, err := p.Process(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
	}
	return p.Merge(results), results
}

// TestTimeMLDating: each event of the story has a DATING element after
// the text with its dated_by, the TIMEX3 or the sentence it is dated by,
// and its clause's offsets into the TEXT.
func TestTimeMLDating(t *testing.T) {
	c, results := wireChronology(t)
	var b bytes.Buffer
	if err := export.TimeML(&b, results, c); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Docs []struct {
			Text struct {
				Inner string `xml:",innerxml"`
			} `xml:"TEXT"`
			Datings []struct {
				Clause  string `xml:"clause,attr"`
				DatedBy string `xml:"dated_by,attr"`
				Time    string `xml:"relatedToTime,attr"`
				Carried string `xml:"carried_from,attr"`
				Value   string `xml:"value,attr"`
			} `xml:"DATING"`
		} `xml:"TimeML"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("%v\n%s", err, b.Bytes())
	}
	if len(doc.Docs) != 1 {
		t.Fatalf("%d documents, want 1", len(doc.Docs))
	}
	d := doc.Docs[0]
	// The TEXT's characters, its TIMEX3 tags aside.
	text := html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(d.Text.Inner, ""))
	type row struct{ clause, by, time, carried, value string }
	var got []row
	for _, x := range d.Datings {
		var s, e int
		if _, err := fmt.Sscanf(x.Clause, "%d-%d", &s, &e); err != nil || s < 0 || e > len(text) || s > e {
			t.Fatalf("clause %q out of the text", x.Clause)
		}
		carried := ""
		if x.Carried != "" {
			var cs, ce int
			fmt.Sscanf(x.Carried, "%d-%d", &cs, &ce)
			carried = text[cs:ce]
		}
		got = append(got, row{text[s:e], x.DatedBy, x.Time, carried, x.Value})
	}
	want := []row{
		{"Les pompiers sont intervenus mardi soir dans un entrepôt de Lyon.", "own", "t1", "", "2023-05-09TEV"},
		{"Puis la police a bouclé le quartier.", "carried", "", "Les pompiers sont intervenus mardi soir dans un entrepôt de Lyon.", "2023-05-09TEV"},
		{"Le préfet estime que l'enquête avance.", "article", "t0", "", "2023-05-12"},
		{"Le site pourrait rouvrir.", "undated", "", "", ""},
	}
	if len(got) != len(want) {
		t.Fatalf("datings:\n got %q\nwant %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("dating %d:\n got %q\nwant %q", i, got[i], want[i])
		}
	}
}

// TestTimelineJSDating: the dated events say how they are dated, as a
// field and in words; the undated one is on no calendar.
func TestTimelineJSDating(t *testing.T) {
	c, _ := wireChronology(t)
	var b bytes.Buffer
	if err := export.TimelineJS(&b, c, ""); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Events []struct {
			Text struct {
				Headline, Text string
			} `json:"text"`
			DatedBy string `json:"dated_by"`
		} `json:"events"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range doc.Events {
		got[e.Text.Headline] = e.DatedBy
		words := map[string]string{"own": "datée par sa propre expression", "carried": "date reportée", "article": "daté du jour de l&#39;article"}[e.DatedBy]
		if words == "" || !strings.Contains(e.Text.Text, words) {
			t.Errorf("%q (%s): text %q does not say %q", e.Text.Headline, e.DatedBy, e.Text.Text, words)
		}
	}
	want := map[string]string{
		"Les pompiers sont intervenus mardi soir dans un entrepôt de Lyon.": "own",
		"Puis la police a bouclé le quartier.":                              "carried",
		"Le préfet estime que l&#39;enquête avance.":                        "article",
	}
	if len(got) != len(want) {
		t.Errorf("events %q, want %q", got, want)
	}
	for h, by := range want {
		if got[h] != by {
			t.Errorf("%q dated_by %q, want %q", h, got[h], by)
		}
	}
}
