package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
)

// TestTagCoProcess: frise tag --jsonl answers each line as it comes, the
// input still open, so that a program can write it an article and wait
// for its phrases (a co-process), with one worker or several.
func TestTagCoProcess(t *testing.T) {
	for _, workers := range []string{"1", "2"} {
		inR, inW := io.Pipe()
		outR, outW := io.Pipe()
		exit := make(chan exitCode, 1)
		s := streams{In: inR, Out: outW, Err: io.Discard, Dir: t.TempDir(), Getenv: func(string) (string, bool) { return "", false }}
		go func() {
			code := Main([]string{"tag", "--jsonl", "--workers", workers}, s)
			outW.Close()
			exit <- code
		}()
		br := bufio.NewReader(outR)
		for i, text := range []string{"Mardi soir, la police a chargé.", "Le scrutin aura lieu le 3 mars.", "Hier, rien."} {
			fmt.Fprintf(inW, "{\"id\": \"a%d\", \"date\": \"2022-01-05T10:00:00+01:00\", \"text\": %q}\n", i, text)
			got := make(chan string, 1)
			go func() { l, _ := br.ReadString('\n'); got <- l }()
			select {
			case l := <-got:
				if !strings.HasPrefix(l, fmt.Sprintf(`{"id":"a%d","mentions":[{`, i)) {
					t.Errorf("workers %s, line %d: %s", workers, i, l)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("workers %s: no answer to line %d 10 s after it, the input still open", workers, i)
			}
		}
		inW.Close()
		if rest, _ := io.ReadAll(br); len(rest) > 0 {
			t.Errorf("workers %s: more than a line an article: %s", workers, rest)
		}
		if code := <-exit; code != exitOK {
			t.Errorf("workers %s: exit %d", workers, code)
		}
	}
}

// TestTagWorkersSameBytes: tag's output, JSONL and table, is the same for
// any number of workers, bad lines and errors in their place.
func TestTagWorkersSameBytes(t *testing.T) {
	dir := t.TempDir()
	var in strings.Builder
	for i := range 300 {
		if i%50 == 7 {
			in.WriteString("{\"id\": \"broken\n\n")
			continue
		}
		fmt.Fprintf(&in, "{\"id\": \"a%d\", \"date\": \"2022-01-%02dT08:00:00+0%d:00\", \"text\": \"Mardi soir, la police a chargé; la veille, il pleuvait. Le %d mars, élections.\"}\n", i, 1+i%28, i%3, 1+i%30)
	}
	src := write(t, dir, "c.jsonl", in.String())
	for _, args := range [][]string{{"tag", "--jsonl", src}, {"tag", src}} {
		var first, firstErr string
		for _, w := range []string{"1", "2", "7"} {
			code, out, stderr := run(t, dir, nil, "", append(args, "--workers", w)...)
			if code != exitPartial || out == "" {
				t.Fatalf("%v workers %s: exit %d, %d bytes: %s", args, w, code, len(out), stderr)
			}
			if first == "" {
				first, firstErr = out, stderr
				continue
			}
			if out != first || stderr != firstErr {
				t.Errorf("%v: output with %s workers differs from one worker's", args, w)
			}
		}
	}
}
