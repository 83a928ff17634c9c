package main

// Scores frise's chronology on the shared event-dating sets (English
// Wikinews timelines, French TimeBank anchoring) with the shared scorer,
// ../shared/eval/score_timeline.py, on events `frise extract -` writes
// in-process, and fails below a floor. Floors only go up.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// chronoFloors are the figures reached on the dev splits (see README,
// "Chronology"): date accuracy, order, and the share of gold undated
// mentions left undated (-1: the set has none).
var chronoFloors = map[string]struct{ dateAcc, order, undated float64 }{
	"timeline":  {dateAcc: 0.774, order: 0.933, undated: 0.545},
	"anchoring": {dateAcc: 0.967, order: 1.000, undated: -1},
}

var summaryLine = regexp.MustCompile(`timeline: date-acc ([0-9.]+) \(baseline ([0-9.]+)\) order ([0-9.]+) \(baseline ([0-9.]+)\) undated-recall ([0-9.]+|n/a)`)

func TestEvalChronology(t *testing.T) {
	scorer := evalFile(t, "score_timeline.py")
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: the chronology scorer is a Python script")
	}
	for _, set := range []string{"timeline", "anchoring"} {
		t.Run(set, func(t *testing.T) {
			articles := evalFile(t, filepath.Join(set, "articles_dev.jsonl"))
			timelines := evalFile(t, filepath.Join(set, "timelines_dev.jsonl"))
			in, err := os.ReadFile(articles)
			if err != nil {
				t.Fatal(err)
			}
			var out, errb bytes.Buffer
			if code := Main([]string{"extract", "-"}, streams{In: bytes.NewReader(in), Out: &out, Err: &errb, Getenv: noEnv, Dir: t.TempDir()}); code != exitOK {
				t.Fatalf("frise extract exited %d: %s", code, errb.String())
			}
			events := filepath.Join(t.TempDir(), "events.jsonl")
			if err := os.WriteFile(events, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			res, err := exec.Command(python, scorer, articles, timelines, "--events", events).CombinedOutput()
			if err != nil {
				t.Fatalf("scorer: %v\n%s", err, res)
			}
			m := summaryLine.FindSubmatch(res)
			if m == nil {
				t.Fatalf("no summary line in the scorer's output:\n%s", res)
			}
			num := func(b []byte) float64 { f, _ := strconv.ParseFloat(string(b), 64); return f }
			acc, accBase, order, orderBase := num(m[1]), num(m[2]), num(m[3]), num(m[4])
			t.Logf("%s: date-acc %.3f (baseline %.3f) order %.3f (baseline %.3f) undated-recall %s", set, acc, accBase, order, orderBase, m[5])
			floor := chronoFloors[set]
			if acc < floor.dateAcc || acc <= accBase {
				t.Errorf("date-acc %.3f: below the floor %.3f, or not above the baseline %.3f", acc, floor.dateAcc, accBase)
			}
			if order < floor.order || order <= orderBase {
				t.Errorf("order %.3f: below the floor %.3f, or not above the baseline %.3f", order, floor.order, orderBase)
			}
			if floor.undated >= 0 && num(m[5]) < floor.undated {
				t.Errorf("undated-recall %s: below the floor %.3f", m[5], floor.undated)
			}
		})
	}
}
