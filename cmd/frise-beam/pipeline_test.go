package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
)

func TestMain(m *testing.M) {
	flag.Parse()
	// prism logs each job's steps at INFO: warnings and errors only.
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	beam.Init()
	os.Exit(m.Run())
}

// friseBin builds frise from the main module once per test run.
func friseBin(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "frise")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/frise")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/frise: %v\n%s", err, out)
	}
	return bin
}

// frise runs frise in dir and returns its standard output.
func frise(t *testing.T, bin, dir string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "FRISE_WORKERS=2")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("frise %s: %v\n%s", strings.Join(args, " "), err, errb.String())
	}
	t.Logf("frise %s: %s", args[0], strings.TrimSpace(errb.String()))
	return out.Bytes()
}

// runPipeline runs frise-beam on prism in dir (inputs are relative to it,
// as frise's are) and returns the output directory.
func runPipeline(t *testing.T, dir string, o Options) string {
	t.Helper()
	t.Chdir(dir)
	o.Output = t.TempDir()
	if o.Settings == (Settings{}) {
		o.Settings = defaultSettings()
	}
	p, err := Pipeline(o)
	if err != nil {
		t.Fatal(err)
	}
	res, err := prism.Execute(context.Background(), p)
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	if res != nil {
		for _, c := range res.Metrics().AllMetrics().Counters() {
			t.Logf("counter %s: %d", c.Name(), c.Result())
		}
	}
	return o.Output
}

func shards(t *testing.T, dir, pattern string) [][]byte {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil || len(names) == 0 {
		t.Fatalf("no %s in %s", pattern, dir)
	}
	var out [][]byte
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// chronology is the JSON chronology with its articles and events kept as
// they were written, to compare as sets.
type chronology struct {
	DaysUnknown bool              `json:"days_unknown"`
	Note        string            `json:"note"`
	Articles    []json.RawMessage `json:"articles"`
	Events      []json.RawMessage `json:"events"`
	Undated     []json.RawMessage `json:"undated"`
}

// union reads shards of a chronology as one: the articles and events of
// all, each sorted by its bytes (a total, stable order).
func union(t *testing.T, docs ...[]byte) (arts, evs, undated []string, daysUnknown bool) {
	t.Helper()
	for _, d := range docs {
		var c chronology
		if err := json.Unmarshal(d, &c); err != nil {
			t.Fatalf("chronology: %v", err)
		}
		for _, a := range c.Articles {
			arts = append(arts, string(a))
		}
		for _, e := range c.Events {
			evs = append(evs, string(e))
		}
		for _, e := range c.Undated {
			undated = append(undated, string(e))
		}
		daysUnknown = daysUnknown || c.DaysUnknown
	}
	slices.Sort(arts)
	slices.Sort(evs)
	slices.Sort(undated)
	return arts, evs, undated, daysUnknown
}

func sortedLines(b []byte) []string {
	ls := strings.SplitAfter(string(b), "\n")
	if ls[len(ls)-1] == "" {
		ls = ls[:len(ls)-1]
	}
	slices.Sort(ls)
	return ls
}

// compare runs frise extract, frise build --format json and the pipeline
// over the same inputs in dir, once with one shard (the same bytes) and
// once with three (the same events and articles, as sets).
func compare(t *testing.T, dir string, inputs []string) {
	bin := friseBin(t)
	wantEvents := frise(t, bin, dir, append([]string{"extract"}, inputs...)...)
	wantChron := frise(t, bin, dir, append([]string{"build", "--format", "json", "-o", "-"}, inputs...)...)
	if len(wantEvents) == 0 || !bytes.Contains(wantChron, []byte(`"sources"`)) {
		t.Fatalf("frise found no event: the comparison would prove nothing")
	}

	t.Run("one shard", func(t *testing.T) {
		out := runPipeline(t, dir, Options{Inputs: inputs, Shards: 1, Rounds: 6})
		// One events file per input, which sort in input order here.
		if got := bytes.Join(shards(t, out, "events-*.jsonl"), nil); !bytes.Equal(got, wantEvents) {
			t.Errorf("events differ from frise extract's:\n%s", firstDiff(wantEvents, got))
		}
		if got := shards(t, out, "chronology-*.json"); len(got) != 1 || !bytes.Equal(got[0], wantChron) {
			t.Errorf("chronology differs from frise build --format json's:\n%s", firstDiff(wantChron, bytes.Join(got, nil)))
		}
	})
	t.Run("sharded", func(t *testing.T) {
		// One round of label propagation: events whose chains of reports
		// are longer are settled on the residual key, to the same events.
		out := runPipeline(t, dir, Options{Inputs: inputs, Shards: 3, Rounds: 1})
		got := sortedLines(bytes.Join(shards(t, out, "events-*.jsonl"), nil))
		if want := sortedLines(wantEvents); !slices.Equal(got, want) {
			t.Errorf("events: %d lines, frise extract %d, or they differ", len(got), len(want))
		}
		wa, we, wu, wd := union(t, wantChron)
		ga, ge, gu, gd := union(t, shards(t, out, "chronology-*.json")...)
		if !slices.Equal(wu, gu) {
			t.Errorf("undated events: %d, frise build %d, or they differ", len(gu), len(wu))
		}
		if !slices.Equal(wa, ga) {
			t.Errorf("articles: %d, frise build %d, or they differ", len(ga), len(wa))
		}
		if !slices.Equal(we, ge) {
			t.Errorf("events: %d, frise build %d, or they differ:\n%s", len(ge), len(we), firstDiff([]byte(strings.Join(we, "\n")), []byte(strings.Join(ge, "\n"))))
		}
		if wd != gd {
			t.Errorf("days_unknown %v, frise build %v", gd, wd)
		}
	})
}

func firstDiff(want, got []byte) string {
	n := 0
	for n < len(want) && n < len(got) && want[n] == got[n] {
		n++
	}
	from := max(0, n-200)
	return fmt.Sprintf("at byte %d of %d (want) and %d (got)\nwant: …%s…\n got: …%s…", n, len(want), len(got),
		want[from:min(len(want), n+200)], got[from:min(len(got), n+200)])
}

func TestSamples(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	// A glob, as the shell would not expand it: both read it the same way.
	compare(t, root, []string{"samples/*.txt"})
}

// TestCorpus10k: 10,000 generated wire stories (text lines, JSONL.gz)
// from several agencies, in French and English, some dated only by
// month, so that reports are merged and stories pinned across files.
func TestCorpus10k(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 articles: not in -short")
	}
	dir := t.TempDir()
	writeCorpus(t, dir, *corpusN)
	compare(t, dir, []string{"wires-*.txt", "feed.jsonl.gz"})
}

func put(t *testing.T, name, text string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeCorpus writes n generated articles in dir: two text files of one
// article a line, and a gzipped JSONL feed.
func writeCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	var txt1, txt2, feed bytes.Buffer
	zw := gzip.NewWriter(&feed)
	for i := range n {
		switch i % 3 {
		case 0:
			writeArticle(t, &txt1, i, false)
		case 1:
			writeArticle(t, &txt2, i, false)
		default:
			writeArticle(t, zw, i, true)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	put(t, filepath.Join(dir, "wires-1.txt"), txt1.String())
	put(t, filepath.Join(dir, "wires-2.txt"), txt2.String())
	put(t, filepath.Join(dir, "feed.jsonl.gz"), feed.String())
}

var (
	corpusDir = flag.String("corpus", "", "TestWriteCorpus: the directory to write a corpus in (.ci/bench-beam)")
	corpusMB  = flag.Int("corpus_mb", 200, "TestWriteCorpus: its size in megabytes")
	corpusN   = flag.Int("corpus_n", 10_000, "TestCorpus10k: how many articles (fewer to look at a failure)")
)

// TestWriteCorpus writes the benchmark's corpus (.ci/bench-beam): eight
// files, text and JSONL, uncompressed, of corpus_mb megabytes in all.
func TestWriteCorpus(t *testing.T) {
	if *corpusDir == "" {
		t.Skip("-corpus DIR not given: the benchmark's corpus is written only for .ci/bench-beam")
	}
	if err := os.MkdirAll(*corpusDir, 0o755); err != nil {
		t.Fatal(err)
	}
	const files = 8
	var ws [files]*bytes.Buffer
	for k := range ws {
		ws[k] = new(bytes.Buffer)
	}
	total, limit := 0, *corpusMB<<20
	for i := 0; total < limit; i++ {
		w := ws[i%files]
		before := w.Len()
		writeArticle(t, w, i, i%files >= files/2)
		total += w.Len() - before
		if w.Len() > 4<<20 {
			flush(t, *corpusDir, i%files, w)
		}
	}
	for k, w := range ws {
		flush(t, *corpusDir, k, w)
	}
}

func flush(t *testing.T, dir string, k int, w *bytes.Buffer) {
	t.Helper()
	ext := ".txt"
	if k >= 4 {
		ext = ".jsonl"
	}
	f, err := os.OpenFile(filepath.Join(dir, fmt.Sprintf("wires-%d%s", k, ext)), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(w.Bytes()); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	w.Reset()
}

// writeArticle writes generated article i, as a text line or a JSONL
// line. Everything is derived from i: the same corpus each time. Several
// agencies tell the same events of the same ports, in French and English,
// some from a day in March the article does not give; some JSONL articles
// have a title, some French texts come in decomposed accents (NFD), so
// that spans "as given" differ from the normalised text's.
func writeArticle(t *testing.T, w io.Writer, i int, jsonl bool) {
	agencies := []string{"AFP", "Reuters", "Belga", "AP", "ANP", "DPA", "EFE"}
	places := []string{"Brest", "Lorient", "Saint-Nazaire", "Le Havre", "Dunkerque", "Calais", "Rouen", "Nantes",
		"Bordeaux", "La Rochelle", "Sète", "Marseille", "Toulon", "Bastia", "Ajaccio", "Cherbourg", "Boulogne"}
	fr := []string{
		"Les dockers du port de %s ont voté la grève %s, a annoncé leur syndicat.",
		"Un cargo s'est échoué %s près de %s, selon la préfecture maritime.",
		"Le maire de %s a fermé les quais %s après une tempête.",
		"Les pêcheurs de %s bloquent le port depuis %s pour protester contre le prix du gazole.",
		"La grève des dockers de %s a été levée %s, après un accord salarial.",
	}
	en := []string{
		"Dockers at the port of %s voted to strike %s, their union said.",
		"A cargo ship ran aground %s near %s, the maritime prefecture said.",
		"The mayor of %s closed the quays %s after a storm.",
	}
	frDays := []string{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
	enDays := []string{"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday"}
	place := places[(i/3)%len(places)]
	day := 1 + (i*7)%58 // 2023-03-01 … 2023-04-27
	date := fmt.Sprintf("2023-%02d-%02d", 3+(day-1)/31, 1+(day-1)%31)
	if i%13 == 0 {
		date = "2023-03" // told from a day the article does not give
	}
	wd := (i / 5) % 7
	var text, lang string
	if i%4 == 3 {
		lang = "en"
		tpl := en[(i/4)%len(en)]
		if strings.HasPrefix(tpl, "A cargo") {
			text = fmt.Sprintf(tpl, enDays[wd], place)
		} else {
			text = fmt.Sprintf(tpl, place, enDays[wd])
		}
		if i%11 == 0 {
			text += " Traffic had been disrupted in March."
		}
	} else {
		lang = "fr"
		tpl := fr[i%len(fr)]
		if strings.HasPrefix(tpl, "Un cargo") {
			text = fmt.Sprintf(tpl, frDays[wd], place)
		} else {
			text = fmt.Sprintf(tpl, place, frDays[wd])
		}
		if i%9 == 0 {
			text += " La veille, le trafic avait été interrompu pendant trois heures."
		}
		if i%17 == 0 {
			text = strings.ReplaceAll(text, "é", "e\u0301")
		}
	}
	src := agencies[i%len(agencies)]
	if !jsonl {
		fmt.Fprintf(w, "date %s %s (%s)\n", date, text, src)
		return
	}
	j := map[string]string{"id": fmt.Sprintf("feed-%d", i), "date": date, "text": text, "source": src, "lang": lang}
	if i%10 == 2 {
		j["title"] = "Ports : " + place
	}
	line, err := json.Marshal(j)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(append(line, '\n'))
}

// TestInputs: a directory is read as frise reads it (every article file
// under it, sorted; others left alone), an id given twice in one file is
// an error naming both lines, and a bad article loses no other: the
// events are frise extract's, the chronology frise build's.
func TestInputs(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "in", "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	put(t, filepath.Join(dir, "in", "sub", "b.txt"),
		"date 2024-05-14 Les dockers du port de Brest ont voté la grève mardi, a annoncé leur syndicat.\n"+
			"date 2024-05-15 La grève des dockers de Brest a été votée mardi par les salariés du port.\n")
	put(t, filepath.Join(dir, "in", "a.jsonl"),
		`{"id": "x", "date": "2024-05-15", "text": "Dockers at the port of Brest voted to strike on Tuesday, their union said."}`+"\n"+
			`{"id": "y", "date": "2024-13-40", "text": "A cargo ship ran aground on Monday near Calais."}`+"\n"+
			`{"id": "x", "date": "2024-05-16", "text": "The mayor of Calais closed the quays on Wednesday after a storm."}`+"\n"+
			`{"id": "z", "date": "2024-05", "text": "Un cargo s'est échoué lundi près de Calais, selon la préfecture maritime."}`+"\n")
	put(t, filepath.Join(dir, "in", "notes.md"), "date 2024-05-15 not an article file\n")

	bin := friseBin(t)
	cmd := exec.Command(bin, "extract", "in")
	cmd.Dir = dir
	wantEvents, _ := cmd.Output() // exit status 1: some articles are bad
	cmd = exec.Command(bin, "build", "--format", "json", "-o", "-", "in")
	cmd.Dir = dir
	wantChron, _ := cmd.Output()
	if len(wantEvents) == 0 || len(wantChron) == 0 {
		t.Fatal("frise wrote nothing: the comparison would prove nothing")
	}

	out := runPipeline(t, dir, Options{Inputs: []string{"in"}, Shards: 1, Rounds: 6})
	if got := bytes.Join(shards(t, out, "events-*.jsonl"), nil); !bytes.Equal(got, wantEvents) {
		t.Errorf("events differ from frise extract's:\n%s", firstDiff(wantEvents, got))
	}
	if got := shards(t, out, "chronology-*.json")[0]; !bytes.Equal(got, wantChron) {
		t.Errorf("chronology differs from frise build's:\n%s", firstDiff(wantChron, got))
	}
	errs := string(shards(t, out, "errors-*.txt")[0])
	for _, want := range []string{`in/a.jsonl:3:`, `id "x" is already the id of the article at line 1`, `in/a.jsonl:2:`} {
		if !strings.Contains(errs, want) {
			t.Errorf("errors lack %q:\n%s", want, errs)
		}
	}
	if strings.Contains(errs+string(wantEvents), "notes.md") {
		t.Errorf("notes.md was read")
	}
}
