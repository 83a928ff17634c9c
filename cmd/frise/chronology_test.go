package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"frise/render/export"
	"frise/timeline"
)

// TestBuildFromChronology: frise build draws a JSON chronology it (or
// frise-beam) wrote as it draws the articles, and joins shards of one.
func TestBuildFromChronology(t *testing.T) {
	dir := t.TempDir()
	in := func(name string) string { return filepath.Join(dir, name) }
	read := func(name string) []byte {
		t.Helper()
		b, err := os.ReadFile(in(name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	build := func(args ...string) {
		t.Helper()
		if code, _, stderr := runTerminal(t, dir, append([]string{"build"}, args...)...); code != exitOK {
			t.Fatalf("frise build %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
		}
	}
	build("--format", "json", "-o", in("samples.json"))
	build("-o", in("samples.html"))
	build(in("samples.json"), "--format", "json", "-o", in("again.json"))
	build(in("samples.json"), "-o", in("again.html"))
	if !bytes.Equal(read("again.json"), read("samples.json")) {
		t.Errorf("the chronology read back and written again differs")
	}
	if !bytes.Equal(read("again.html"), read("samples.html")) {
		t.Errorf("the page drawn from the chronology differs from the one drawn from the articles")
	}

	// Two shards, as frise-beam --shards 2 writes them: each whole events
	// and its own articles. Events alike in all the order looks at (start,
	// end, article, clause) keep their order when they are in one shard: the
	// events are split in two runs, and interleaved when joined.
	c, err := export.ReadJSON(bytes.NewReader(read("samples.json")))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Events) < 4 || len(c.Articles) < 2 {
		t.Fatalf("%d events, %d articles: too few to shard", len(c.Events), len(c.Articles))
	}
	var shards [2]timeline.Chronology
	half := len(c.Articles) / 2
	shards[0].Articles, shards[1].Articles = c.Articles[:half], c.Articles[half:]
	shards[0].Events, shards[1].Events = c.Events[:len(c.Events)/2], c.Events[len(c.Events)/2:]
	shards[0].Undated = c.Undated
	for i, s := range shards {
		var b bytes.Buffer
		if err := export.JSON(&b, s); err != nil {
			t.Fatal(err)
		}
		write(t, dir, []string{"s0.json", "s1.json"}[i], b.String())
	}
	build(in("s0.json"), in("s1.json"), "--format", "json", "-o", in("joined.json"))
	if !bytes.Equal(read("joined.json"), read("samples.json")) {
		t.Errorf("two shards joined differ from the whole chronology")
	}

	write(t, dir, "a.txt", "date 2022-01-05 Mercredi, la police a tiré.\n")
	if code, _, stderr := runTerminal(t, dir, "build", in("samples.json"), in("a.txt"), "-o", in("x.html")); code != exitUsage || !strings.Contains(stderr, "give one kind") {
		t.Errorf("a chronology and articles: exit %d, %q; want a usage error", code, stderr)
	}
	if code, _, stderr := runTerminal(t, dir, "build", in("samples.json"), "--format", "timeml", "-o", in("x.xml")); code != exitUsage || !strings.Contains(stderr, "timeml") {
		t.Errorf("timeml from a chronology: exit %d, %q; want a usage error", code, stderr)
	}
}
