package main

// Scores frise against the shared evaluation material, through the same
// `frise tag --jsonl` contract the Python scorers in ../shared/eval use, and
// fails below a floor. Floors only go up.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

const evalDir = "../../../shared/eval"

func evalFile(tb testing.TB, name string) string {
	tb.Helper()
	p := filepath.Join(evalDir, name)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("evaluation file %s not found (the shared folder sits beside the repo): %v", p, err)
	}
	return p
}

func readJSONL(tb testing.TB, path string) []map[string]any {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		out = append(out, m)
	}
	return out
}

// runTagJSONL feeds lines to `frise tag --jsonl` in-process.
func runTagJSONL(tb testing.TB, lines []map[string]any) map[string][]jsonlMention {
	tb.Helper()
	var in bytes.Buffer
	for _, l := range lines {
		b, _ := json.Marshal(l)
		in.Write(b)
		in.WriteByte('\n')
	}
	var out, errb bytes.Buffer
	code := Main([]string{"tag", "--jsonl"}, streams{In: &in, Out: &out, Err: &errb, Getenv: noEnv, Dir: tb.TempDir()})
	if code != exitOK {
		tb.Fatalf("frise tag --jsonl exited %d: %s", code, errb.String())
	}
	res := map[string][]jsonlMention{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var o jsonlOut
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			tb.Fatalf("output line is not JSON: %q", line)
		}
		res[o.ID] = o.Mentions
	}
	return res
}

func noEnv(string) (string, bool) { return "", false }

type f1 struct{ p, r, f float64 }

func mkF1(k, sys, gold int) f1 {
	var p, r float64
	if sys > 0 {
		p = float64(k) / float64(sys)
	}
	if gold > 0 {
		r = float64(k) / float64(gold)
	}
	if p+r == 0 {
		return f1{p, r, 0}
	}
	return f1{p, r, 2 * p * r / (p + r)}
}

func normValue(v string) string {
	v = strings.ToUpper(strings.TrimSpace(v))
	if len(v) == 19 && v[10] == 'T' && strings.HasSuffix(v, ":00") {
		v = v[:16]
	}
	return v
}

// scoreTags ports score_tags.py: TempEval-3 relaxed and value F1.
func scoreTags(tb testing.TB, goldPath string, types map[string]bool) (relaxed, value, strict f1) {
	docs := readJSONL(tb, goldPath)
	var feed []map[string]any
	for _, d := range docs {
		lang, _ := d["lang"].(string)
		if lang == "" {
			lang = "fr"
		}
		feed = append(feed, map[string]any{"id": d["id"], "text": d["text"], "date": d["dct"], "lang": lang})
	}
	sys := runTagJSONL(tb, feed)
	nGold, nSys, nRel, nVal, nStrict := 0, 0, 0, 0, 0
	for _, d := range docs {
		var gold, excluded []map[string]any
		for _, t := range d["timex"].([]any) {
			tm := t.(map[string]any)
			if types == nil || types[tm["type"].(string)] {
				gold = append(gold, tm)
			} else {
				excluded = append(excluded, tm)
			}
		}
		var ms []jsonlMention
		for _, m := range sys[d["id"].(string)] {
			if types != nil {
				if m.Type != "" && !types[m.Type] {
					continue
				}
				over := false
				for _, t := range excluded {
					if m.Span[0] < int(t["end_byte"].(float64)) && int(t["start_byte"].(float64)) < m.Span[1] {
						over = true
					}
				}
				if over {
					continue
				}
			}
			ms = append(ms, m)
		}
		nGold += len(gold)
		nSys += len(ms)
		used := map[int]bool{}
		for _, g := range gold {
			g0, g1 := int(g["start_byte"].(float64)), int(g["end_byte"].(float64))
			best := -1
			for i, m := range ms {
				if used[i] || !(m.Span[0] < g1 && g0 < m.Span[1]) {
					continue
				}
				if best < 0 || (m.Span[0] == g0 && m.Span[1] == g1) {
					best = i
				}
			}
			if best < 0 {
				continue
			}
			used[best] = true
			nRel++
			if ms[best].Span[0] == g0 && ms[best].Span[1] == g1 {
				nStrict++
			}
			if ms[best].Value != "" && normValue(ms[best].Value) == normValue(g["value"].(string)) {
				nVal++
			}
		}
	}
	return mkF1(nRel, nSys, nGold), mkF1(nVal, nSys, nGold), mkF1(nStrict, nSys, nGold)
}

// scoreCases ports score_cases.py: the pass rate of phrase cases.
func scoreCases(tb testing.TB, paths ...string) (float64, []string) {
	var cases []map[string]any
	for _, p := range paths {
		for _, c := range readJSONL(tb, p) {
			if l, _ := c["latent"].(bool); l {
				continue
			}
			cases = append(cases, c)
		}
	}
	var feed []map[string]any
	for _, c := range cases {
		lang, _ := c["lang"].(string)
		if lang == "" {
			lang = "fr"
		}
		o := map[string]any{"id": c["id"], "text": c["input"], "date": c["ref"], "lang": lang}
		if p, _ := c["policy"].(string); p == "past" || p == "future" {
			o["prefer"] = p
		}
		feed = append(feed, o)
	}
	sys := runTagJSONL(tb, feed)
	ok := 0
	var fails []string
	for _, c := range cases {
		pass, why := judgeCase(c, sys[c["id"].(string)])
		if pass {
			ok++
		} else {
			fails = append(fails, fmt.Sprintf("%v\t%q\t%s", c["id"], c["input"], why))
		}
	}
	return float64(ok) / float64(max(len(cases), 1)), fails
}

func parseISO(s string) (time.Time, bool) {
	s = strings.Replace(s, "Z", "+00:00", 1)
	for _, layout := range []string{"2006-01-02T15:04:05.999999999-07:00", "2006-01-02T15:04:05-07:00", "2006-01-02T15:04-07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func trunc(t time.Time, grain string) time.Time {
	y, m, d := t.Date()
	switch grain {
	case "millisecond":
		return t.Truncate(time.Millisecond)
	case "second":
		return time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), 0, t.Location())
	case "minute":
		return time.Date(y, m, d, t.Hour(), t.Minute(), 0, 0, t.Location())
	case "hour":
		return time.Date(y, m, d, t.Hour(), 0, 0, 0, t.Location())
	case "week":
		return time.Date(y, m, d-(int(t.Weekday())+6)%7, 0, 0, 0, 0, t.Location())
	case "month":
		return time.Date(y, m, 1, 0, 0, 0, 0, t.Location())
	case "quarter":
		return time.Date(y, (m-1)/3*3+1, 1, 0, 0, 0, 0, t.Location())
	case "year":
		return time.Date(y, 1, 1, 0, 0, 0, 0, t.Location())
	}
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

func judgeCase(c map[string]any, ms []jsonlMention) (bool, string) {
	ref, ok := parseISO(str(c["ref"]))
	if !ok {
		ref = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	wall := func(s string) (time.Time, bool) {
		t, ok := parseISO(s)
		if !ok {
			return t, false
		}
		t = t.In(ref.Location())
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC), true
	}
	inp, text := str(c["input"]), str(c["text"])
	b0 := -1
	if f, ok := c["span_index"].(float64); ok {
		b0 = runeOffset(inp, int(f))
	} else if i := strings.Index(strings.ToLower(inp), strings.ToLower(text)); i >= 0 {
		b0 = i
	}
	var cands []jsonlMention
	for _, m := range ms {
		if b0 < 0 || (m.Span[0] < b0+len(text) && b0 < m.Span[1]) {
			cands = append(cands, m)
		}
	}
	if str(c["kind"]) == "negative" {
		if len(cands) > 0 {
			return false, fmt.Sprintf("found %q where no date is expected", cands[0].Text)
		}
		return true, ""
	}
	if len(cands) == 0 {
		return false, "no mention over the phrase"
	}
	g := str(c["grain"])
	if g == "" {
		g = "day"
	}
	var want time.Time
	hasWant := false
	if s := str(c["start"]); s != "" {
		if w, ok := wall(s); ok {
			want, hasWant = trunc(w, g), true
		}
	}
	var ends []time.Time
	if str(c["kind"]) == "interval" {
		for _, k := range []string{"end", "end_minus_grain"} {
			if w, ok := wall(str(c[k])); ok {
				ends = append(ends, trunc(w, g))
			}
		}
	}
	var why []string
	for _, m := range cands {
		from, okf := wall(m.From)
		pass := !hasWant || (okf && trunc(from, g).Equal(want))
		if pass && len(ends) > 0 {
			to, okt := wall(m.To)
			pass = false
			if okt {
				for _, e := range ends {
					if trunc(to, g).Equal(e) || trunc(to.Add(-time.Microsecond), g).Equal(e) {
						pass = true
					}
				}
			}
		}
		if pass {
			return true, ""
		}
		why = append(why, fmt.Sprintf("got %q %s..%s", m.Text, m.From, m.To))
	}
	return false, strings.Join(why, "; ") + fmt.Sprintf(" want %s..%s", str(c["start"]), str(c["end"]))
}

func str(v any) string { s, _ := v.(string); return s }

// runeOffset turns a Python string index (code points) into a byte offset.
func runeOffset(s string, n int) int {
	off := 0
	for i := 0; i < n && off < len(s); i++ {
		_, size := utf8.DecodeRuneInString(s[off:])
		off += size
	}
	return off
}

// Floors: raise them as the grammar improves, never lower them.
func TestEvalSeedGold(t *testing.T) {
	p := evalFile(t, "seed_gold.jsonl")
	rel, val, _ := scoreTags(t, p, map[string]bool{"DATE": true, "TIME": true})
	t.Logf("seed gold DATE+TIME: relaxed F1 %.3f, value F1 %.3f", rel.f, val.f)
	if val.f < 1 {
		t.Errorf("seed gold value F1 %.3f, floor 1.000", val.f)
	}
}

func TestEvalFrenchTimeBank(t *testing.T) {
	p := evalFile(t, "ftib_dev.jsonl")
	rel, val, strict := scoreTags(t, p, map[string]bool{"DATE": true, "TIME": true})
	arel, aval, _ := scoreTags(t, p, nil)
	t.Logf("FTiB dev DATE+TIME: relaxed F1 %.3f (P %.3f R %.3f), value F1 %.3f, strict F1 %.3f; all types: relaxed %.3f, value %.3f",
		rel.f, rel.p, rel.r, val.f, strict.f, arel.f, aval.f)
	// Strict: the spans as the French TimeBank draws them (its prepositions
	// outside, a SIGNAL), 0.630 before issue 21's second session.
	const relFloor, valFloor, strictFloor = 0.95, 0.91, 0.88
	if rel.f < relFloor || val.f < valFloor || strict.f < strictFloor {
		t.Errorf("FTiB dev DATE+TIME relaxed F1 %.3f (floor %.2f), value F1 %.3f (floor %.2f), strict F1 %.3f (floor %.2f)",
			rel.f, relFloor, val.f, valFloor, strict.f, strictFloor)
	}
}

func TestEvalFrenchCases(t *testing.T) {
	rate, fails := scoreCases(t, evalFile(t, "chrono_fr.jsonl"), evalFile(t, "recognizers_fr.jsonl"))
	neg, _ := scoreCases(t, evalFile(t, "chrono_fr_negative.jsonl"))
	t.Logf("French cases: %.1f%% pass; negatives: %.1f%% clean", 100*rate, 100*neg)
	if testing.Verbose() {
		for _, f := range fails {
			t.Log(f)
		}
	}
	const floor, negFloor = 0.67, 0.99
	if rate < floor || neg < negFloor {
		t.Errorf("French cases %.1f%% (floor %.0f%%), negatives %.1f%% (floor %.0f%%)", 100*rate, 100*floor, 100*neg, 100*negFloor)
	}
}

func TestEvalEnglishCases(t *testing.T) {
	rate, _ := scoreCases(t, evalFile(t, "chrono_en.jsonl"), evalFile(t, "recognizers_en.jsonl"))
	neg, _ := scoreCases(t, evalFile(t, "chrono_en_negative.jsonl"))
	t.Logf("English cases: %.1f%% pass; negatives: %.1f%% clean", 100*rate, 100*neg)
	const floor, negFloor = 0.58, 0.90
	if rate < floor || neg < negFloor {
		t.Errorf("English cases %.1f%% (floor %.0f%%), negatives %.1f%% (floor %.0f%%)", 100*rate, 100*floor, 100*neg, 100*negFloor)
	}
}

// TestEvalHeldOutNews scores the wire-style sentences written for issue 21
// (testdata/heldout_news.txt, turned into JSONL by .ci/heldout-jsonl): the
// families of phrases held-out news showed the grammar missing, in
// sentences none of the shared material holds.
func TestEvalHeldOutNews(t *testing.T) {
	p := filepath.Join("testdata", "heldout_news.jsonl")
	rel, val, _ := scoreTags(t, p, map[string]bool{"DATE": true, "TIME": true})
	t.Logf("held-out news DATE+TIME: relaxed F1 %.3f, value F1 %.3f", rel.f, val.f)
	const relFloor, valFloor = 1.00, 1.00
	if rel.f < relFloor || val.f < valFloor {
		t.Errorf("held-out news DATE+TIME relaxed F1 %.3f (floor %.2f), value F1 %.3f (floor %.2f)", rel.f, relFloor, val.f, valFloor)
	}
}

// TestEvalHeldOutEnglish scores the English sentences written for issue
// 21's families 12-17 (testdata/heldout_en.txt, turned into JSONL by
// .ci/heldout-jsonl) on all TIMEX3 types, as TempEval-3 scores English:
// business copy's reporting periods, vague references, prices that are no
// clock, dates still to come, decades, stretches counted from a day.
func TestEvalHeldOutEnglish(t *testing.T) {
	p := filepath.Join("testdata", "heldout_en.jsonl")
	rel, val, _ := scoreTags(t, p, nil)
	t.Logf("held-out English, all types: relaxed F1 %.3f, value F1 %.3f", rel.f, val.f)
	const relFloor, valFloor = 0.99, 0.99
	if rel.f < relFloor || val.f < valFloor {
		t.Errorf("held-out English relaxed F1 %.3f (floor %.2f), value F1 %.3f (floor %.2f)", rel.f, relFloor, val.f, valFloor)
	}
}
