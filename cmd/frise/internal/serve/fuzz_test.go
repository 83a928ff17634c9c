package serve_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"frise/cmd/frise/internal/serve"
)

// FuzzHandlers sends any JSON body to the endpoints that read articles.
// The service never fails on its own (no 500, no panic): it answers 200
// with JSON (one object, or one a line for extract), or a client error
// with a JSON {code, message}; and the same body gets the same bytes.
func FuzzHandlers(f *testing.F) {
	for _, seed := range []string{
		`{"id":"a1","text":"` + story + `","date":"2022-01-05"}`,
		`{"id":"x","text":"Lundi.","date":"2022-13-01"}`,
		`{"text":"Mardi soir.","date":"2022-01","lang":"fr","prefer":"future"}`,
		`{"text":"Troops arrived overnight Tuesday into Wednesday.","date":"2022-01-07T09:00:00-05:00","lang":"en"}`,
		`{"text":"Le 5 janvier 2022, il a plu.","date":""}`,
		`[{"date":"2022","text":"a"},{"date":"2022","text":"b"}]`,
		`{"articles":[{"id":"a","date":"2022-01-05","text":"Lundi."},{"id":"b","date":"hier","text":"x"}]}`,
		`{"text":"<!DOCTYPE html><html>","date":"2022-01-05"}`,
		`{"text":"` + "\\u0000" + `","date":"2022-01-05"}`,
		`{"text":5}`, `[]`, `{}`, `null`, `"x"`, `{"articles":null}`, `{"text":"x","date":"2022"} {}`,
	} {
		for ep := range uint8(3) {
			f.Add(ep, []byte(seed))
		}
	}
	h := newHandler(f, serve.Limits{MaxBodyBytes: 64 << 10, MaxArticles: 20})
	paths := []string{"/v1/tag", "/v1/extract", "/v1/timeline"}
	f.Fuzz(func(t *testing.T, ep uint8, body []byte) {
		path := paths[int(ep)%len(paths)]
		w := do(h, "POST", path, "application/json", string(body))
		switch w.Code {
		case 200:
			out := w.Body.Bytes()
			if path == "/v1/extract" {
				for line := range bytes.Lines(out) {
					if !json.Valid(line) {
						t.Fatalf("%s: a line is no JSON: %q", path, line)
					}
				}
			} else if !json.Valid(out) {
				t.Fatalf("%s: 200 with no JSON: %q", path, out)
			}
		case 400, 413, 422:
			var e apiError
			if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Code == "" || e.Message == "" {
				t.Fatalf("%s: %d with %q", path, w.Code, w.Body)
			}
		default:
			t.Fatalf("%s: status %d: %s", path, w.Code, w.Body)
		}
		if again := do(h, "POST", path, "application/json", string(body)); again.Code != w.Code || again.Body.String() != w.Body.String() {
			t.Fatalf("%s: the same body gave %d %q, then %d %q", path, w.Code, w.Body, again.Code, again.Body)
		}
		if strings.Contains(w.Header().Get("Content-Type"), "html") {
			t.Fatalf("%s: HTML answered to JSON", path)
		}
	})
}
