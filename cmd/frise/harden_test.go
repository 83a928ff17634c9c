package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test run frise as a separate process (the test binary
// itself, with FRISE_TEST_MAIN=1), to kill it or change its environment.
func TestMain(m *testing.M) {
	if os.Getenv("FRISE_TEST_MAIN") == "1" {
		os.Exit(int(Main(os.Args[1:], systemStreams())))
	}
	os.Exit(m.Run())
}

func frise(t *testing.T, env []string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(append(os.Environ(), "FRISE_TEST_MAIN=1"), env...)
	return cmd
}

// TestKilledMidWrite kills frise while it writes a large page: the previous
// output is still there, whole, or the new one is, whole; never half.
func TestKilledMidWrite(t *testing.T) {
	dir := t.TempDir()
	var in strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&in, "date 2022-01-%02d Le %d, les manifestants ont défilé mardi soir; mercredi, la police a chargé. (AFP)\n", 1+i%28, i)
	}
	src := write(t, dir, "big.txt", in.String())
	out := filepath.Join(dir, "out.html")
	old := "<!DOCTYPE html>previous output</html>\n"
	for _, delay := range []time.Duration{50 * time.Millisecond, 200 * time.Millisecond, 600 * time.Millisecond} {
		if err := os.WriteFile(out, []byte(old), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := frise(t, nil, "build", src, "-o", out)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != old && !bytes.HasSuffix(b, []byte("</html>\n")) {
			t.Fatalf("killed after %v: the output is half written (%d bytes)", delay, len(b))
		}
	}
}

// TestDeterministic: the same input gives the same bytes whatever the
// machine's time zone.
func TestDeterministic(t *testing.T) {
	dir := t.TempDir()
	src := write(t, dir, "a.txt", "date 2022-03-27 Hier soir, à 23 h, la police est intervenue; dimanche, le calme est revenu. (AFP)\ndate 2022-01 Mardi, des tirs. (Reuters)\n")
	var outs []string
	for _, tz := range []string{"UTC", "Asia/Tokyo", "America/New_York", "Europe/Paris"} {
		for _, format := range []string{"html", "json"} {
			out := filepath.Join(dir, tz[:2]+"."+format)
			cmd := frise(t, []string{"TZ=" + tz}, "build", src, "--format", format, "-o", out)
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("TZ=%s: %v\n%s", tz, err, b)
			}
			b, _ := os.ReadFile(out)
			outs = append(outs, string(b))
		}
	}
	for i := 2; i < len(outs); i++ {
		if outs[i] != outs[i%2] {
			t.Errorf("output %d differs with another machine time zone", i)
		}
	}
}

// TestBadBatch: one article in ten is broken in some way; every good
// article's events are written, the bad ones are listed with file:line,
// and frise exits 1.
func TestBadBatch(t *testing.T) {
	dir := t.TempDir()
	bad := []string{
		"Pas de date du tout, mardi.",
		"date 2022-13 Mois impossible, mardi.",
		"date 2022-02-30 Jour impossible, mardi.",
		"date",
		"date 2022-01-05 caf\xe9 invalide, mardi.",
		"date 2022-01-05 \x00\x01\x02 binaire mardi",
		"date 2022-01-05 <html><body>Une page, mardi.</body></html>",
		"date 2022-01-05 " + strings.Repeat("x", 70000),
	}
	var in strings.Builder
	good := 0
	for i := range 80 {
		if i%10 == 3 {
			in.WriteString(bad[(i/10)%len(bad)] + "\n")
			continue
		}
		fmt.Fprintf(&in, "date 2022-01-%02d Article %d : les troubles ont éclaté dimanche. (AFP)\n", 10+i%10, i)
		good++
	}
	src := write(t, dir, "batch.txt", in.String())
	out := filepath.Join(dir, "c.json")
	code, _, stderr := run(t, dir, nil, "", "build", "--format", "json", "--max-article-bytes", "65536", "-o", out, src)
	if code != exitPartial {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), `"phrase": "dimanche"`); n != good {
		t.Errorf("%d events of the good articles, want %d", n, good)
	}
	for i := 4; i <= 80; i += 10 {
		if !strings.Contains(stderr, fmt.Sprintf("%s:%d:", src, i)) {
			t.Errorf("stderr does not name line %d:\n%s", i, stderr)
		}
	}
	if !strings.Contains(stderr, "8 article(s) could not be read; the others were processed") {
		t.Errorf("no summary of the bad articles:\n%s", stderr)
	}
}

// TestDanglingInput: a file of a directory that cannot be opened (here a
// link to nothing, which stops root too) is reported, the others are read.
func TestDanglingInput(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "good.txt", "date 2022-01-05 Il est venu hier. (AFP)\n")
	if err := os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "gone.txt")); err != nil {
		t.Skip(err)
	}
	out := filepath.Join(t.TempDir(), "c.json")
	code, _, stderr := run(t, dir, nil, "", "build", "--format", "json", "-o", out, dir)
	if code != exitPartial || !strings.Contains(stderr, "gone.txt") || !strings.Contains(stderr, "1 file(s) could not be read") {
		t.Errorf("exit %d, %q; want 1 naming gone.txt, a file", code, stderr)
	}
	if b, _ := os.ReadFile(out); !strings.Contains(string(b), "2022-01-04") {
		t.Errorf("the readable article is missing: %s", b)
	}
}

// TestUnreadableInputs: a file in a directory that cannot be read is
// reported, the others are read.
func TestUnreadableInputs(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: file permissions do not stop reading")
	}
	dir := t.TempDir()
	write(t, dir, "good.txt", "date 2022-01-05 Il est venu hier. (AFP)\n")
	p := write(t, dir, "locked.txt", "date 2022-01-05 Il est venu hier.\n")
	os.Chmod(p, 0)
	code, _, stderr := run(t, dir, nil, "", "build", "--format", "json", "-o", filepath.Join(dir, "c.json"), dir)
	if code != exitPartial || !strings.Contains(stderr, "locked.txt") {
		t.Errorf("exit %d, %q; want 1 naming locked.txt", code, stderr)
	}
}

func TestEmptyAndHugeInputs(t *testing.T) {
	dir := t.TempDir()
	empty := write(t, dir, "empty.txt", "")
	code, _, stderr := run(t, dir, nil, "", "build", "--format", "json", "-o", filepath.Join(dir, "c.json"), empty)
	if code != exitPartial || !strings.Contains(stderr, "empty.txt") {
		t.Errorf("empty file: exit %d, %q; want 1 naming it", code, stderr)
	}
	huge := write(t, dir, "huge.txt", "date 2022-01-05 "+strings.Repeat("mardi ", 9<<20/6)+"\n")
	code, _, stderr = run(t, dir, nil, "", "build", "--format", "json", "-o", filepath.Join(dir, "c.json"), huge)
	if code != exitPartial || !strings.Contains(stderr, "huge.txt:1") || !strings.Contains(stderr, "max_article_bytes") {
		t.Errorf("huge line: exit %d, %q; want 1 naming it and the limit", code, stderr)
	}
}

// TestWorkersSameBytes: one worker or many, the same output.
func TestWorkersSameBytes(t *testing.T) {
	dir := t.TempDir()
	var in strings.Builder
	for i := range 200 {
		fmt.Fprintf(&in, "date 2022-01-%02d Article %d : mardi soir, la police a chargé; la veille, il pleuvait. (%s)\n", 1+i%28, i, []string{"AFP", "Reuters", "Belga"}[i%3])
	}
	src := write(t, dir, "c.txt", in.String())
	var outs []string
	for _, w := range []string{"1", "2", "7"} {
		for _, format := range []string{"html", "json"} {
			out := filepath.Join(dir, "out."+w+"."+format)
			code, _, stderr := run(t, dir, nil, "", "build", src, "--workers", w, "--format", format, "-o", out)
			if code != exitOK {
				t.Fatalf("workers %s: exit %d: %s", w, code, stderr)
			}
			b, _ := os.ReadFile(out)
			outs = append(outs, string(b))
		}
	}
	for i := 2; i < len(outs); i++ {
		if outs[i] != outs[i%2] {
			t.Errorf("output %d differs with another number of workers", i)
		}
	}
}

// TestExtract: events stream out as JSONL, whole lines in input order, the
// same for any number of workers.
func TestExtract(t *testing.T) {
	dir := t.TempDir()
	var in strings.Builder
	for i := range 120 {
		fmt.Fprintf(&in, "date 2022-01-%02d Article %d : mardi soir, la police a chargé. (AFP)\n", 1+i%28, i)
	}
	in.WriteString("pas de date\n")
	src := write(t, dir, "c.txt", in.String())
	var outs []string
	for _, w := range []string{"1", "4"} {
		code, stdout, stderr := run(t, dir, nil, "", "extract", src, "--workers", w)
		if code != exitPartial || !strings.Contains(stderr, "c.txt:121") {
			t.Fatalf("workers %s: exit %d, %q: want 1 naming the bad line", w, code, stderr)
		}
		// The summary counts the phrases too, though the workers keep them
		// no longer than their article ("mardi soir" in each).
		if want := "120 article(s), 120 time phrase(s), 120 event(s), 1 error(s)"; !strings.Contains(stderr, want) {
			t.Errorf("workers %s: summary %q, want %q", w, stderr, want)
		}
		outs = append(outs, stdout)
	}
	if outs[0] != outs[1] {
		t.Error("extract differs with the number of workers")
	}
	lines := strings.Split(strings.TrimSpace(outs[0]), "\n")
	if len(lines) != 120 {
		t.Fatalf("%d events, want 120", len(lines))
	}
	for i, l := range lines {
		var e struct {
			Sources []struct{ Article string }
		}
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		if want := fmt.Sprintf("%s:%d", src, i+1); e.Sources[0].Article != want {
			t.Fatalf("line %d is from %s, want %s (input order)", i+1, e.Sources[0].Article, want)
		}
	}
}

// writes records each write made to it.
type writes struct{ calls []string }

func (w *writes) Write(p []byte) (int, error) {
	w.calls = append(w.calls, string(p))
	return len(p), nil
}

// TestExtractWritesWholeLines: extract's output is written in few writes
// (not one an article), each ending a line, so that a run stopped at any
// point, even killed, leaves whole lines.
func TestExtractWritesWholeLines(t *testing.T) {
	dir := t.TempDir()
	var in strings.Builder
	const n = 3000
	for i := range n {
		fmt.Fprintf(&in, "date 2022-01-%02d Article %d : mardi soir, la police a chargé les manifestants rassemblés devant la mairie depuis dimanche. (AFP)\n", 1+i%28, i)
	}
	src := write(t, dir, "c.txt", in.String())
	var w writes
	var errb bytes.Buffer
	s := streams{In: strings.NewReader(""), Out: &w, Err: &errb, Dir: dir, Getenv: func(string) (string, bool) { return "", false }}
	if code := Main([]string{"extract", src}, s); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	total := 0
	for i, c := range w.calls {
		if !strings.HasSuffix(c, "\n") {
			t.Fatalf("write %d of %d ends inside a line: …%q", i+1, len(w.calls), c[max(0, len(c)-40):])
		}
		total += len(c)
	}
	if lines := strings.Count(strings.Join(w.calls, ""), "\n"); lines < n || total < 1<<20 {
		t.Fatalf("%d lines, %d bytes: want %d lines, over a megabyte (more than the buffer holds)", lines, total, n)
	}
	if len(w.calls) > n/10 {
		t.Errorf("%d writes for %d articles", len(w.calls), n)
	}
}

// TestExtractStreamsAsItGoes: an article's events come out while the
// input is still open and nothing follows it (a feed that pauses), not
// when the next article or the end comes.
func TestExtractStreamsAsItGoes(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	exit := make(chan exitCode, 1)
	s := streams{In: inR, Out: outW, Err: io.Discard, Dir: t.TempDir(), Getenv: func(string) (string, bool) { return "", false }}
	go func() {
		code := Main([]string{"extract", "-"}, s)
		outW.Close()
		exit <- code
	}()
	lines := make(chan string)
	go func() {
		br := bufio.NewReader(outR)
		for {
			l, err := br.ReadString('\n')
			if err != nil {
				close(lines)
				return
			}
			lines <- l
		}
	}()
	fmt.Fprintln(inW, `{"id": "a1", "date": "2022-01-05", "text": "Mardi soir, la police a chargé les manifestants."}`)
	select {
	case l := <-lines:
		if !strings.Contains(l, `"article":"a1"`) {
			t.Errorf("first line: %s", l)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no event 10 s after its article, the input still open")
	}
	inW.Close()
	for range lines {
	}
	if code := <-exit; code != exitOK {
		t.Errorf("exit %d", code)
	}
}
