package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"frise/render/chromium"
)

// run runs frise in-process in dir, with env as its environment.
func run(t *testing.T, dir string, env map[string]string, stdin string, args ...string) (code exitCode, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	s := streams{In: strings.NewReader(stdin), Out: &out, Err: &errb, Dir: dir,
		Getenv: func(k string) (string, bool) { v, ok := env[k]; return v, ok }}
	code = Main(args, s)
	return code, out.String(), errb.String()
}

// runTerminal runs frise as run does, its standard input a terminal
// where nothing is typed: a command given no input reads the samples.
func runTerminal(t *testing.T, dir string, args ...string) (code exitCode, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	s := streams{In: strings.NewReader(""), InTerminal: true, Out: &out, Err: &errb, Dir: dir,
		Getenv: func(string) (string, bool) { return "", false }}
	code = Main(args, s)
	return code, out.String(), errb.String()
}

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestBuildWithoutInput is the README's first command: no input, the
// embedded samples, timeline.html in the working directory.
func TestBuildWithoutInput(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	code, _, stderr := runTerminal(t, dir, "build")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "embedded samples") {
		t.Errorf("stderr does not say the samples were used: %q", stderr)
	}
	page, err := os.ReadFile(filepath.Join(dir, "timeline.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "Apache Software Foundation") || !strings.Contains(string(page), "echarts.init") {
		t.Error("timeline.html is not a chart page holding ECharts")
	}
}

// withoutEcharts returns a page without the ECharts it holds: frise's own
// script, where "onerror" and the like are no sign of injection.
func withoutEcharts(page string) string {
	i := strings.Index(page, "<script>")
	j := strings.Index(page, "</script>")
	if i < 0 || j < i || !strings.Contains(page[i:j], "Apache Software Foundation") {
		return page
	}
	return page[:i] + page[j:]
}

type chronoJSON struct {
	DaysUnknown bool `json:"days_unknown"`
	Events      []struct {
		Value struct {
			Timex, Certainty, Reason string
			RelDay                   *int `json:"rel_day"`
		}
		Clause   string
		Conflict string
		Sources  []struct{ Article, Source string }
	}
}

// TestMergeSamples: the embedded samples hold the same events told by
// several agencies; the month-dated Belga story is pinned by the AFP one
// that dates the same state of emergency.
func TestMergeSamples(t *testing.T) {
	c := buildJSON(t)
	var emergency, sunday bool
	for _, e := range c.Events {
		srcs := map[string]bool{}
		for _, s := range e.Sources {
			srcs[s.Source] = true
		}
		if strings.Contains(e.Clause, "état d'urgence a été décrété mercredi") {
			emergency = true
			if !srcs["AFP"] || !srcs["Belga"] || e.Value.Timex != "2022-01-05" {
				t.Errorf("state of emergency: %s from %v, want 2022-01-05 from AFP and Belga", e.Value.Timex, srcs)
			}
		}
		if strings.Contains(e.Clause, "Les troubles au Kazakhstan ont éclaté dimanche") {
			sunday = true
			if e.Value.Timex != "2022-01-02" || e.Value.Certainty != "inferred" || !strings.Contains(e.Value.Reason, "AFP") {
				t.Errorf("Belga's Sunday: %s %s %q, want 2022-01-02, inferred from the AFP report", e.Value.Timex, e.Value.Certainty, e.Value.Reason)
			}
		}
	}
	if !emergency || !sunday {
		t.Errorf("events missing: state of emergency %v, Sunday %v", emergency, sunday)
	}
}

func buildJSON(t *testing.T, args ...string) chronoJSON {
	t.Helper()
	dir := t.TempDir()
	out := filepath.Join(dir, "c.json")
	code, _, stderr := runTerminal(t, dir, append([]string{"build", "--format", "json", "-o", out}, args...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var c chronoJSON
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestBuildJSONSample(t *testing.T) {
	partial := buildJSON(t, "--merge=false")
	if !partial.DaysUnknown {
		t.Error("the sample is dated 2022-01: the JSON must say the days are unknown")
	}
	for _, e := range partial.Events {
		if !strings.HasPrefix(e.Sources[0].Article, "samples/kazakhstan-2022-01.txt") {
			continue // the wire samples are dated to the day
		}
		if e.Value.Certainty != "ambiguous" || e.Value.RelDay == nil {
			t.Errorf("%q: %s %v, want an ambiguous value with a day offset", e.Clause, e.Value.Certainty, e.Value.RelDay)
		}
	}
	anchored := buildJSON(t, "--anchor", "2022-01-05")
	if anchored.DaysUnknown {
		t.Error("with --anchor the days are known")
	}
	seen := map[string]bool{}
	for _, e := range anchored.Events {
		seen[e.Value.Timex] = true
	}
	for _, want := range []string{"2022-01-02", "2022-01-04TNI", "2022-01-05"} {
		if !seen[want] {
			t.Errorf("no event on %s: %v", want, seen)
		}
	}
}

// TestBuildBadArticle: one article without a date is reported with its
// file and line, the others are written, and frise exits 1.
func TestBuildBadArticle(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", "date 2022-01-05 Les troubles ont éclaté dimanche. (AFP)\n")
	bad := write(t, dir, "bad.txt", "date 2022-01-05 Il a plu mardi.\nPas de date ici mardi.\n")
	out := filepath.Join(dir, "c.json")
	code, _, stderr := run(t, dir, nil, "", "build", "--format", "json", "-o", out, good, bad)
	if code != exitPartial {
		t.Fatalf("exit %d, want %d: %s", code, exitPartial, stderr)
	}
	if !strings.Contains(stderr, bad+":2") {
		t.Errorf("stderr does not name %s:2: %q", bad, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "2022-01-02") || !strings.Contains(string(b), "2022-01-04") {
		t.Errorf("the good articles' events are missing: %s", b)
	}
}

func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "frise.yaml", "colour: red\n")
	code, _, stderr := run(t, dir, nil, "", "build", "-o", filepath.Join(dir, "x.html"))
	if code != exitUsage || !strings.Contains(stderr, `"colour"`) {
		t.Errorf("unknown key: exit %d, %q; want 2 naming the key", code, stderr)
	}
	code, _, stderr = run(t, t.TempDir(), map[string]string{"FRISE_TIMEZONE": "Nowhere/City"}, "", "build", "-o", filepath.Join(dir, "x.html"))
	if code != exitUsage || !strings.Contains(stderr, "Nowhere/City") {
		t.Errorf("bad timezone: exit %d, %q; want 2 naming it", code, stderr)
	}
}

func TestBuildTimezone(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "a.txt", "date 2022-01-05 Il est arrivé hier à 23h.\n")
	out := filepath.Join(dir, "c.json")
	code, _, stderr := run(t, dir, map[string]string{"FRISE_TIMEZONE": "Asia/Almaty"}, "", "build", "--format", "json", "-o", out, in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(out)
	if !strings.Contains(string(b), "2022-01-04T23:00:00+06:00") {
		t.Errorf("times are not in the configured zone: %s", b)
	}
}

// TestBuildInertText: article text cannot become markup or script.
func TestBuildInertText(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "x.txt", "date 2022-01-05 Mardi, </script><script>alert(1)</script> et __f__alert(2)__f__ ont été écrits. <img src=x onerror=alert(3)> mercredi.\n")
	out := filepath.Join(dir, "x.html")
	code, _, stderr := run(t, dir, nil, "", "build", "-o", out, in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(out)
	page := withoutEcharts(string(b))
	if len(page) > len(b)/2 {
		t.Error("the page does not hold ECharts")
	}
	// The chronology shows the text, escaped: none of it is a tag.
	for _, bad := range []string{"<script>alert(", "__f__", "<img"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
	if !strings.Contains(page, "&lt;img src=x onerror=alert(3)&gt;") {
		t.Error("the page does not show the article's text as text")
	}
	if n := strings.Count(page, "<script"); n != 3 {
		t.Errorf("%d scripts in the page besides ECharts, want frise's 3", n)
	}
}

func TestRefusesToOverwriteInput(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "a.txt", "date 2022-01-05 Il est arrivé hier.\n")
	code, _, stderr := run(t, dir, nil, "", "build", "-o", in, in)
	if code == exitOK {
		t.Fatal("frise wrote over its input")
	}
	if b, _ := os.ReadFile(in); !strings.HasPrefix(string(b), "date 2022-01-05") {
		t.Errorf("the input was changed: %q (%s)", b, stderr)
	}
}

func TestTagHuman(t *testing.T) {
	code, stdout, stderr := run(t, t.TempDir(), nil, "date 2022-01-05 La mairie ouvre de 9 h à 17 h. Il est arrivé dans la nuit de mardi à mercredi.\n", "tag", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// The phrases as --jsonl gives them: "dans" is a SIGNAL, outside; a
	// range is its two ends, each on its line, with the range's stretch.
	for _, want := range []string{" la nuit de mardi à mercredi ", "2022-01-04TNI", "2022-01-04T20:00", "partofday", "fr.night",
		" 9 h ", " 17 h ", "[2022-01-05T09:00, 2022-01-05T17:00)"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("frise tag does not show %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "dans la nuit") || strings.Contains(stdout, "de 9 h à 17 h") || strings.Contains(stdout, "à 17 h") {
		t.Errorf("frise tag shows a SIGNAL or a range of its own:\n%s", stdout)
	}
}

// TestBuildOutputs makes each output a report writer needs: the page twice
// (same bytes), a fragment twice (same bytes, no <html>), an offline page,
// and a PNG when Chromium and ECharts are here.
func TestBuildOutputs(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "a.txt", "date 2022-01-05 Mardi, </script><script>alert(1)</script> a été écrit sur un mur. (AFP)\n")
	read := func(args ...string) string {
		t.Helper()
		out := filepath.Join(dir, "out")
		code, _, stderr := run(t, dir, nil, "", append([]string{"build", in, "-o", out}, args...)...)
		if code != exitOK {
			t.Fatalf("build %v: exit %d: %s", args, code, stderr)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if a, b := read(), read(); a != b {
		t.Error("two builds of the same page differ")
	}
	frag := read("--fragment")
	if frag != read("--fragment") {
		t.Error("two builds of the same fragment differ")
	}
	if strings.Contains(frag, "<html") || !strings.Contains(frag, `<div class="frise-chart"`) || !strings.Contains(frag, "echarts.init") {
		t.Errorf("not a fragment: %.200s", frag)
	}
	if strings.Contains(frag, "<script>alert(") {
		t.Error("the fragment holds the article's script")
	}

	// By default the page holds ECharts; --cdn loads it; echarts_js replaces it.
	if page := read(); !strings.Contains(page, "Apache Software Foundation") || strings.Contains(page, "<script src=") {
		t.Error("the default page does not hold ECharts inline")
	}
	cdn := read("--cdn")
	if !strings.Contains(cdn, `<script src="https://cdn.jsdelivr.net/npm/echarts@5.5.1/dist/echarts.min.js">`) || strings.Contains(cdn, "Apache Software Foundation") {
		t.Error("the --cdn page does not load the pinned ECharts")
	}
	if !strings.Contains(cdn, "could not be loaded") {
		t.Error("the --cdn page has no message for when ECharts cannot load")
	}
	write(t, dir, "fake.js", "/* fake echarts */ var echarts={init:function(){}};")
	page := read("--echarts-js", "fake.js")
	if !strings.Contains(page, "fake echarts") || strings.Contains(page, "Apache Software Foundation") {
		t.Error("echarts_js does not replace the embedded ECharts")
	}
	if !strings.Contains(page, "Content-Security-Policy") {
		t.Error("the page has no Content-Security-Policy")
	}
	code, _, stderr := run(t, dir, nil, "", "build", in, "--format", "png", "--browser", filepath.Join(dir, "no-such-browser"), "-o", filepath.Join(dir, "x.png"))
	if code != exitUsage || !strings.Contains(stderr, "no-such-browser") {
		t.Errorf("png with a browser that is not there: exit %d, %q; want 2 naming it", code, stderr)
	}
}

// TestBuildImages draws the sample as PNG, SVG and PDF in the system's
// Chromium, with nothing else installed: the PDF's text can be extracted.
func TestBuildImages(t *testing.T) {
	if _, err := chromium.Find(""); err != nil {
		t.Skipf("%v: .ci/run installs it", err)
	}
	dir := t.TempDir()
	build := func(format string, check func([]byte) bool) []byte {
		t.Helper()
		out := filepath.Join(dir, "c."+format)
		code, _, stderr := runTerminal(t, dir, "build", "--anchor", "2022-01-05", "--format", format, "-o", out)
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", format, code, stderr)
		}
		b, err := os.ReadFile(out)
		if err != nil || !check(b) {
			t.Fatalf("not a chart %s: %d bytes, %v: %.80q", format, len(b), err, b)
		}
		return b
	}
	build("png", func(b []byte) bool { return bytes.HasPrefix(b, []byte("\x89PNG")) && len(b) > 10000 })
	build("svg", func(b []byte) bool { return bytes.Contains(b[:min(len(b), 400)], []byte("<svg")) })
	build("pdf", func(b []byte) bool { return bytes.HasPrefix(b, []byte("%PDF")) })
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed (.ci/run installs poppler-utils): the PDF's text is not checked")
	}
	text, err := exec.Command("pdftotext", filepath.Join(dir, "c.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// The chart's axis and the chronology's words are text in the PDF, not pixels.
	for _, want := range []string{"Chronologie", "janv.", "Tokaïev"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("the PDF's text lacks %q:\n%s", want, text)
		}
	}
}

// TestCorpusInputs: JSONL, gzipped and globbed inputs, in a directory
// read recursively.
func TestCorpusInputs(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	os.MkdirAll(sub, 0o755)
	write(t, sub, "a.jsonl", `{"id":"j1","date":"2022-01-05","text":"Les troubles ont éclaté dimanche.","source":"AFP","extra":true}`+"\nbroken\n")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("date 2022-01-05 La police est intervenue mardi. (Reuters)\n"))
	zw.Close()
	write(t, sub, "b.txt.gz", gz.String())
	write(t, dir, "c.txt", "date 2022-01-05 Il a parlé hier. (Belga)\n")
	out := filepath.Join(t.TempDir(), "c.json")
	code, _, stderr := run(t, dir, nil, "", "build", "--format", "json", "-o", out, dir)
	if code != exitPartial || !strings.Contains(stderr, "a.jsonl:2:") {
		t.Fatalf("exit %d, %q: want 1 naming the broken JSONL line", code, stderr)
	}
	b, _ := os.ReadFile(out)
	for _, want := range []string{`"article": "j1"`, "2022-01-02", "2022-01-04", `"source": "Reuters"`, `"source": "Belga"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the chronology lacks %s", want)
		}
	}
	code, _, stderr = run(t, dir, nil, "", "build", "--format", "json", "-o", out, filepath.Join(dir, "*.txt"))
	if code != exitOK {
		t.Errorf("glob: exit %d: %s", code, stderr)
	}
}

func TestBuildFilters(t *testing.T) {
	c := buildJSON(t, "--from", "2022-01-06", "--to", "2022-01-07", "--grep", "almaty")
	if len(c.Events) == 0 {
		t.Fatal("no event left")
	}
	for _, e := range c.Events {
		if !strings.Contains(strings.ToLower(fmt.Sprint(e.Clause, e.Sources)), "almaty") {
			t.Errorf("%q kept, with no Almaty", e.Clause)
		}
		// A day must be one of them; a week or a range must reach them.
		if len(e.Value.Timex) == 10 && (e.Value.Timex < "2022-01-06" || e.Value.Timex > "2022-01-07") {
			t.Errorf("%q on %s kept outside 6-7 January", e.Clause, e.Value.Timex)
		}
	}
}

func TestMergedSamplesKnowTheirDays(t *testing.T) {
	if c := buildJSON(t); c.DaysUnknown {
		t.Error("the Belga sample's day is fixed by the AFP one: the days are known")
	}
}
