package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"frise/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files of the exports")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run the test with -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from its golden file; got:\n%s", name, got)
	}
}

func TestExportsGolden(t *testing.T) {
	c := chronology(`=HYPERLINK("http://x") <b>`)
	for _, tt := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"chronology.json", func(b *bytes.Buffer) error { return JSON(b, c) }},
		{"chronology.jsonl", func(b *bytes.Buffer) error { return JSONL(b, c) }},
		{"chronology.csv", func(b *bytes.Buffer) error { return CSV(b, c) }},
		{"chronology.timelinejs.json", func(b *bytes.Buffer) error { return TimelineJS(b, c, "Kazakhstan") }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, b.Bytes())
		})
	}
}

func TestTimeMLGolden(t *testing.T) {
	a, err := timeline.NewArticle("a1", "2022-01", "Les troubles ont éclaté dimanche <avant> la nuit de mardi à mercredi.", nil)
	if err != nil {
		t.Fatal(err)
	}
	k := func(s string) timeline.Span {
		i := bytes.Index([]byte(a.Text), []byte(s))
		return timeline.Span{Start: i, End: i + len(s)}
	}
	ms := []timeline.Mention{
		{Span: k("dimanche"), Text: "dimanche", AnchorIndex: -1, Value: timeline.Value{Type: timeline.Date, Timex: "XXXX-XX-XX"}},
		{Span: k("la nuit de mardi à mercredi"), Text: "la nuit de mardi à mercredi", AnchorIndex: -1, Value: timeline.Value{Type: timeline.Time, Timex: "XXXX-XX-XXTNI"}},
	}
	var b bytes.Buffer
	if err := TimeML(&b, []timeline.Result{{Article: a, Mentions: ms}}); err != nil {
		t.Fatal(err)
	}
	golden(t, "corpus.timeml.xml", b.Bytes())
}

// TestCSVNoFormula: a cell a spreadsheet would run as a formula is written
// as text.
func TestCSVNoFormula(t *testing.T) {
	c := chronology("x")
	c.Events[0].Clause = `=HYPERLINK("http://evil","click")`
	var b bytes.Buffer
	if err := CSV(&b, c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte(`"'=HYPERLINK(""http://evil"",""click"")"`)) {
		t.Errorf("the formula is not neutralised:\n%s", b.String())
	}
}
