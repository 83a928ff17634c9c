package export_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"frise/render/export"
	"frise/samples"
	"frise/timeline"
	"frise/timeline/pipeline"
)

// TestReadJSONRoundTrip: a chronology written, read back and written
// again gives the same bytes: the embedded samples (a pin, merged reports,
// undated events), the same with a title and decomposed accents (spans as
// given differ from the normalised text's), and the export's golden file.
func TestReadJSONRoundTrip(t *testing.T) {
	p := pipeline.New(pipeline.Options{})
	var results []timeline.Result
	for _, name := range samples.Names() {
		f, err := samples.FS().Open(name)
		if err != nil {
			t.Fatal(err)
		}
		for a, err := range p.Articles("samples/"+name, f) {
			if err != nil {
				t.Fatal(err)
			}
			r, err := p.Process(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			results = append(results, r)
		}
		f.Close()
	}
	jsonl := `{"id":"t1","date":"2023-03-07","title":"Ports : Brest","text":"Les dockers de Brest ont vote` + "\u0301" + ` la gre` + "\u0300" + `ve lundi, a annonce` + "\u0301" + ` leur syndicat.","source":"AFP"}` + "\n"
	for a, err := range p.Articles("t.jsonl", strings.NewReader(jsonl)) {
		if err != nil {
			t.Fatal(err)
		}
		r, err := p.Process(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
	}
	var first bytes.Buffer
	if err := export.JSON(&first, p.Merge(results)); err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile(filepath.Join("testdata", "chronology.json"))
	if err != nil {
		t.Fatal(err)
	}
	for name, doc := range map[string][]byte{"samples": first.Bytes(), "golden": golden} {
		t.Run(name, func(t *testing.T) {
			for _, want := range []string{`"reference"`, `"in_title": true`, `"undated"`} {
				if name == "samples" && !bytes.Contains(doc, []byte(want)) {
					t.Errorf("the chronology has no %s: the round trip would not show it kept", want)
				}
			}
			c, err := export.ReadJSON(bytes.NewReader(doc))
			if err != nil {
				t.Fatal(err)
			}
			var again bytes.Buffer
			if err := export.JSON(&again, c); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again.Bytes(), doc) {
				t.Errorf("written again, the chronology differs:\n%s", again.String())
			}
		})
	}
}

func TestReadJSONErrors(t *testing.T) {
	for _, tc := range []struct{ name, doc, want string }{
		{"not JSON", `date 2022-01 Mercredi.`, "read JSON chronology"},
		{"unknown field", `{"days_unknown":false,"articles":[],"events":[],"undated":[],"colour":1}`, "unknown field"},
		{"bad grain", `{"articles":[{"id":"a","date":{"timex":"2022","grain":"decade","certainty":"exact"},"mentions":0,"events":0}],"events":[]}`, `grain "decade"`},
		{"bad time", `{"articles":[],"events":[{"value":{"timex":"2022","from":"yesterday","to":"x","grain":"year","certainty":"exact"},"clause":"c","sources":[{"article":"a","article_date":"2022"}]}]}`, "event 1"},
		{"no source", `{"articles":[],"events":[{"value":{"timex":"2022","grain":"year","certainty":"exact"},"clause":"c","sources":[]}]}`, "no source"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := export.ReadJSON(strings.NewReader(tc.doc))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
}
