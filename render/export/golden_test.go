package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frise/timeline"
	"frise/timeline/expr"
	"frise/timeline/pipeline"
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
			ClauseSpan: timeline.Span{Start: 0, End: len(sent)}, DatedBy: timeline.DatedOwn,
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
				Clause: s1, DatedBy: timeline.DatedOwn, Sources: []timeline.Provenance{src(s1, "dimanche")}},
			{Value: timeline.Value{From: day(4).Add(20 * time.Hour), To: day(5).Add(6 * time.Hour), Grain: expr.GrainPartOfDay, Type: expr.Time, Timex: "2022-01-04TNI", Certainty: timeline.Inferred, Reason: "policy"},
				Clause: s2, DatedBy: timeline.DatedOwn, Sources: []timeline.Provenance{src(s2, "dans la nuit de mardi à mercredi")}},
			{Value: timeline.Value{From: day(1), To: day(29), Grain: expr.GrainDay, Type: expr.Date, Timex: "XXXX-XX-XX", Certainty: timeline.Ambiguous, Reason: "article dated 2022-01", RelDay: &rel},
				Clause: s3, DatedBy: timeline.DatedOwn, Sources: []timeline.Provenance{src(s3, "samedi")}},
		},
	}
}

// corpus is one article with its phrases, resolved by hand: what TimeML
// writes.
func corpus(t *testing.T) []timeline.Result {
	t.Helper()
	a, err := timeline.NewArticle("a1", "2022-01", "Les troubles ont éclaté dimanche <avant> la nuit de mardi à mercredi.", nil)
	if err != nil {
		t.Fatal(err)
	}
	k := func(s string) timeline.Span {
		i := bytes.Index([]byte(a.Text), []byte(s))
		return timeline.Span{Start: i, End: i + len(s)}
	}
	ms := []timeline.Mention{
		{Span: k("dimanche"), Text: "dimanche", AnchorIndex: -1, Value: timeline.Value{Type: expr.Date, Timex: "XXXX-XX-XX"}},
		{Span: k("la nuit de mardi à mercredi"), Text: "la nuit de mardi à mercredi", AnchorIndex: -1, Value: timeline.Value{Type: expr.Time, Timex: "XXXX-XX-XXTNI"}},
	}
	return []timeline.Result{{Article: a, Mentions: ms}}
}

// checkGolden writes the test chronology (and corpus) in format name, as
// the registry has it, and compares it with its golden file,
// testdata/chronology.EXT (EXT as in the format's default file name).
func checkGolden(t *testing.T, name string) {
	t.Helper()
	f, ok := Lookup(name)
	if !ok {
		t.Fatalf("no format %q", name)
	}
	var b bytes.Buffer
	in := Input{Chronology: chronology(`=HYPERLINK("http://x") <b>`), Results: corpus(t), Timexes: pipeline.New(pipeline.Options{}), Title: "Kazakhstan"}
	if err := f.Write(&b, in); err != nil {
		t.Fatal(err)
	}
	golden(t, goldenName(f), b.Bytes())
}

func goldenName(f Format) string { return "chronology" + strings.TrimPrefix(f.File, "timeline") }

// TestFormats: every format has a name, a default file and a golden file;
// no two share a name or a file.
func TestFormats(t *testing.T) {
	names, files := map[string]bool{}, map[string]bool{}
	for _, f := range Formats() {
		if f.Name == "" || f.File == "" || f.Write == nil || names[f.Name] || files[f.File] {
			t.Errorf("format %+v: empty or repeated", f)
		}
		names[f.Name], files[f.File] = true, true
		if _, err := os.Stat(filepath.Join("testdata", goldenName(f))); err != nil {
			t.Errorf("format %s has no golden file: %v", f.Name, err)
		}
	}
	if f, ok := Lookup("csv"); !ok || f.File != "timeline.csv" {
		t.Errorf("Lookup(csv) = %+v, %v", f, ok)
	}
	if _, ok := Lookup("html"); ok {
		t.Error("html is the page, not a data export")
	}
}
