package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"regexp"
	"slices"
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
	return storyChronology(t, pipeline.New(pipeline.Options{}), "wire.txt", wire)
}

// storyChronology reads a file of articles named name through p and
// merges them.
func storyChronology(t *testing.T, p *pipeline.Pipeline, name, story string) (timeline.Chronology, []timeline.Result) {
	t.Helper()
	var results []timeline.Result
	for a, err := range p.Articles(name, strings.NewReader(story)) {
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
	if err := export.TimeML(&b, results, c, pipeline.New(pipeline.Options{})); err != nil {
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

// TestTimeMLTimexes: the TEXT marks the TIMEX3s frise tag writes (the
// same list, in text order): a French date and its clock apart, a range
// as its ends, prepositions outside, a count ahead as its DURATION; the
// event of a date and its clock is related to the clock (its value the
// event's instant), the event of a range to the end it starts at, each
// listing all its phrase's TIMEX3s.
func TestTimeMLTimexes(t *testing.T) {
	const story = `date 2023-03-06 Le concert aura lieu le jeudi 9 mars à 20 h au Zénith de Nantes. La mairie restera fermée de 18 h à 23 h samedi. Le chantier reprendra dans trois ans, a annoncé le maire. (AFP)
`
	p := pipeline.New(pipeline.Options{})
	c, results := storyChronology(t, p, "story.txt", story)
	a := results[0].Article
	tags, err := p.Tag(context.Background(), pipeline.TagInput{ID: a.ID, Date: "2023-03-06", Lang: "fr", Text: a.Text})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := export.TimeML(&b, results, c, p); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Docs []struct {
			Text struct {
				Inner string `xml:",innerxml"`
			} `xml:"TEXT"`
			Datings []struct {
				Clause  string `xml:"clause,attr"`
				Time    string `xml:"relatedToTime,attr"`
				Timexes string `xml:"timexes,attr"`
			} `xml:"DATING"`
		} `xml:"TimeML"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil || len(doc.Docs) != 1 {
		t.Fatalf("%v\n%s", err, b.Bytes())
	}
	// Each TIMEX3 of the TEXT: its tid, type, value, words, and where its
	// words start among the TEXT's characters.
	inner := doc.Docs[0].Text.Inner
	re := regexp.MustCompile(`<TIMEX3 tid="(t\d+)" type="([A-Z]+)" value="([^"]*)"[^>]*>([^<]*)</TIMEX3>`)
	var got []string
	tid := map[string]string{} // words → tid
	for _, m := range re.FindAllStringSubmatchIndex(inner, -1) {
		at := len(html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(inner[:m[0]], "")))
		words := html.UnescapeString(inner[m[8]:m[9]])
		got = append(got, fmt.Sprintf("%d %s %s %s", at, words, inner[m[4]:m[5]], inner[m[6]:m[7]]))
		tid[words] = inner[m[2]:m[3]]
	}
	var want []string
	ms := slices.Clone(tags.Mentions)
	slices.SortStableFunc(ms, func(x, y pipeline.TagMention) int { return x.Span[0] - y.Span[0] })
	for _, m := range ms {
		want = append(want, fmt.Sprintf("%d %s %s %s", m.Span[0], m.Text, m.Type, m.Value))
	}
	if !slices.Equal(got, want) {
		t.Errorf("TIMEX3s:\n got %q\nwant (frise tag's) %q", got, want)
	}
	for _, x := range []string{"le jeudi 9 mars", "20 h", "18 h", "23 h", "samedi", "trois ans"} {
		if tid[x] == "" {
			t.Errorf("no TIMEX3 %q in %s", x, inner)
		}
	}
	links := map[string][2]string{}
	for _, d := range doc.Docs[0].Datings {
		links[d.Clause] = [2]string{d.Time, d.Timexes}
	}
	for clause, link := range map[string][2]string{
		"0-66":    {tid["20 h"], tid["le jeudi 9 mars"] + " " + tid["20 h"]},
		"67-116":  {tid["18 h"], tid["18 h"] + " " + tid["23 h"] + " " + tid["samedi"]},
		"117-153": {tid["trois ans"], ""},
	} {
		if links[clause] != link {
			t.Errorf("clause %s: relatedToTime, timexes %q, want %q", clause, links[clause], link)
		}
	}
}
