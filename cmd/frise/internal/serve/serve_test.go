package serve_test

import (
	"bytes"
	"context"
	"encoding/json"
	"html/template"
	"io"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"frise/cmd/frise/internal/serve"
	"frise/timeline/lang"
	"frise/timeline/languages"
	"frise/timeline/pipeline"
)

// shared is one pipeline for the tests: compiling the grammars is the
// slow part, and a Pipeline is safe for concurrent use.
var shared = sync.OnceValue(func() *pipeline.Pipeline { return pipeline.New(pipeline.Options{}) })

func newHandler(tb testing.TB, l serve.Limits) http.Handler {
	tb.Helper()
	return serve.New(serve.Options{Pipeline: shared(), Version: "test", Limits: l})
}

func do(h http.Handler, method, target, ctype, body string, hdr ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	if ctype != "" {
		r.Header.Set("Content-Type", ctype)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		r.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

type apiError struct {
	Code    string   `json:"code"`
	Message string   `json:"message"`
	Errors  []string `json:"errors"`
}

// checkError checks a response is the error wanted, as JSON.
func checkError(tb testing.TB, w *httptest.ResponseRecorder, status int, code, msg string) {
	tb.Helper()
	if w.Code != status {
		tb.Fatalf("status %d, want %d; body %s", w.Code, status, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); ct != "application/json" {
		tb.Errorf("Content-Type %q, want application/json", ct)
	}
	var e apiError
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil {
		tb.Fatalf("error body is not JSON: %v: %s", err, w.Body)
	}
	if e.Code != code || !strings.Contains(e.Message, msg) {
		tb.Errorf("error %+v, want code %q and a message with %q", e, code, msg)
	}
}

const story = "Les troubles ont éclaté dimanche. Mardi soir, la police a dispersé les manifestants à Almaty."

func TestTag(t *testing.T) {
	h := newHandler(t, serve.Limits{})
	w := do(h, "POST", "/v1/tag", "application/json", `{"id":"a1","text":"`+story+`","date":"2022-01-05"}`)
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var got pipeline.Tags
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, m := range got.Mentions {
		texts = append(texts, m.Text+"="+m.Value)
	}
	if want := "dimanche=2022-01-02 Mardi soir=2022-01-04TEV"; strings.Join(texts, " ") != want || got.ID != "a1" {
		t.Errorf("id %q, mentions %v, want a1 and %s", got.ID, texts, want)
	}
}

// TestErrors: every error status, as JSON with its code, and an article
// that cannot be read in the command line's words.
func TestErrors(t *testing.T) {
	h := newHandler(t, serve.Limits{MaxBodyBytes: 2000, MaxArticles: 2})
	long := strings.Repeat("Mardi, la police est venue. ", 100)
	for _, tc := range []struct {
		name, method, target, ctype, body string
		status                            int
		code, msg                         string
	}{
		{"bad JSON", "POST", "/v1/tag", "application/json", `{"text":`, 400, "bad_json", "not a JSON article"},
		{"JSON of the wrong shape", "POST", "/v1/tag", "application/json", `{"text":5}`, 400, "bad_json", "not a JSON article"},
		{"data after the JSON", "POST", "/v1/tag", "application/json", `{"text":"x","date":"2022"} {}`, 400, "bad_json", "data after"},
		{"bad JSON list", "POST", "/v1/timeline", "application/json", `[1,`, 400, "bad_json", "not a JSON article"},
		{"unknown format", "POST", "/v1/timeline?format=pdf", "application/json", `{"text":"x","date":"2022"}`, 400, "bad_format", `format "pdf"`},
		{"body too large", "POST", "/v1/tag", "application/json", `{"date":"2022-01-05","text":"` + long + `"}`, 413, "too_large", "max_body_bytes"},
		{"text body too large", "POST", "/v1/extract", "text/plain", "date 2022-01-05 " + long, 413, "too_large", "max_body_bytes"},
		{"too many articles", "POST", "/v1/extract", "application/json", `[{"date":"2022","text":"a"},{"date":"2022","text":"b"},{"date":"2022","text":"c"}]`, 413, "too_many_articles", "max_articles"},
		{"too many text articles", "POST", "/v1/timeline", "text/plain", "date 2022 a\ndate 2022 b\ndate 2022 c\n", 413, "too_many_articles", "max_articles"},
		{"no content type", "POST", "/v1/tag", "", `{}`, 415, "unsupported_media_type", "application/json"},
		{"XML", "POST", "/v1/timeline", "application/xml", `<a/>`, 415, "unsupported_media_type", "application/json, text/plain or a form"},
		{"text to tag", "POST", "/v1/tag", "text/plain", `date 2022 x`, 415, "unsupported_media_type", "application/json"},
		{"bad date", "POST", "/v1/tag", "application/json", `{"id":"x","text":"Lundi.","date":"2022-13-01"}`, 422, "bad_article", `x:1:1: malformed article date "2022-13-01": month out of range`},
		{"empty text", "POST", "/v1/tag", "application/json", `{"id":"x","text":"  ","date":"2022-01-05"}`, 422, "bad_article", "article has a date but no text"},
		{"HTML page", "POST", "/v1/extract", "application/json", `{"id":"h","date":"2022-01-05","text":"<!DOCTYPE html><html><body>x</body></html>"}`, 422, "bad_article", "an HTML page"},
		{"no date", "POST", "/v1/timeline", "text/plain", "Mardi, la police est venue.", 422, "bad_article", "request:1"},
		{"no article", "POST", "/v1/timeline", "application/json", `[]`, 422, "no_article", "no article"},
		{"unknown language", "POST", "/v1/timeline", "application/json", `{"id":"l","text":"Il a plu mardi.","date":"2022-01-05","lang":"de"}`, 422, "bad_article", `lang "de": want fr or en`},
		{"unknown language, extract", "POST", "/v1/extract", "application/json", `{"id":"l","text":"Il a plu mardi.","date":"2022-01-05","lang":"de"}`, 422, "bad_article", `lang "de": want fr or en`},
		{"unknown path", "GET", "/v2/tag", "", "", 404, "not_found", "/v2/tag"},
		{"wrong method", "GET", "/v1/timeline", "", "", 405, "method_not_allowed", "use POST"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkError(t, do(h, tc.method, tc.target, tc.ctype, tc.body), tc.status, tc.code, tc.msg)
		})
	}
}

// TestBadArticlesListed: every article that cannot be read is listed,
// with its line, as the command line reports them.
func TestBadArticlesListed(t *testing.T) {
	h := newHandler(t, serve.Limits{})
	w := do(h, "POST", "/v1/extract", "application/json",
		`{"articles":[{"id":"a","date":"2022-01-05","text":"Lundi."},{"id":"b","date":"hier","text":"x"},{"id":"c","date":"2022-01-05","text":""}]}`)
	var e apiError
	json.Unmarshal(w.Body.Bytes(), &e)
	if w.Code != 422 || len(e.Errors) != 2 || !strings.HasPrefix(e.Errors[0], "request:2:") || !strings.HasPrefix(e.Errors[1], "request:3:") {
		t.Errorf("status %d, errors %q; want 422 and the errors of lines 2 and 3", w.Code, e.Errors)
	}
}

// hold takes every place of h with requests whose bodies never end, until
// the function returned is called.
func hold(t *testing.T, h http.Handler, n int) func() {
	t.Helper()
	var pws []*io.PipeWriter
	var wg sync.WaitGroup
	for range n {
		pr, pw := io.Pipe()
		pws = append(pws, pw)
		r := httptest.NewRequest("POST", "/v1/tag", pr)
		r.Header.Set("Content-Type", "application/json")
		wg.Add(1)
		go func() { defer wg.Done(); h.ServeHTTP(httptest.NewRecorder(), r) }()
	}
	// The health check says when they hold their places.
	deadline := time.Now().Add(5 * time.Second)
	for {
		var hz struct {
			InFlight int `json:"in_flight"`
		}
		json.Unmarshal(do(h, "GET", "/healthz", "", "").Body.Bytes(), &hz)
		if hz.InFlight == n {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d requests in flight, want %d", hz.InFlight, n)
		}
		time.Sleep(time.Millisecond)
	}
	return func() {
		for _, pw := range pws {
			pw.Close()
		}
		wg.Wait()
	}
}

// TestOverload: with every place taken, a request waits in the queue and
// is refused with 503 when its wait runs out; with the queue full too, it
// is refused at once with 429; once places free up, requests are served.
func TestOverload(t *testing.T) {
	var log syncBuffer
	h := serve.New(serve.Options{Pipeline: shared(), Log: slog.New(slog.NewTextHandler(&log, nil)),
		Limits: serve.Limits{MaxInFlight: 2, MaxQueue: 1, QueueWait: 50 * time.Millisecond}})
	release := hold(t, h, 2)
	start := time.Now()
	w := do(h, "POST", "/v1/tag", "application/json", `{"text":"Lundi.","date":"2022-01-05"}`)
	checkError(t, w, 503, "overloaded", "queue_wait")
	if took := time.Since(start); took < 50*time.Millisecond {
		t.Errorf("refused after %v, before the queue wait", took)
	}
	if w.Header().Get("Retry-After") == "" {
		t.Error("503 without Retry-After")
	}

	// One request waits in the queue; the next finds it full.
	queued := make(chan *httptest.ResponseRecorder)
	go func() {
		queued <- do(h, "POST", "/v1/tag", "application/json", `{"text":"Lundi.","date":"2022-01-05"}`)
	}()
	for {
		var hz struct{ Queued int }
		json.Unmarshal(do(h, "GET", "/healthz", "", "").Body.Bytes(), &hz)
		if hz.Queued == 1 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	checkError(t, do(h, "POST", "/v1/tag", "application/json", `{"text":"Lundi.","date":"2022-01-05"}`), 429, "overloaded", "max_queue")
	<-queued
	release()
	if w := do(h, "POST", "/v1/tag", "application/json", `{"text":"Lundi.","date":"2022-01-05"}`); w.Code != 200 {
		t.Errorf("after the load: status %d, %s", w.Code, w.Body)
	}
	// Refusals are counted in one line a second, not logged one by one.
	logged := log.String()
	if strings.Contains(logged, "status=429") || strings.Contains(logged, "status=503") ||
		strings.Count(logged, `requests refused" count=1 `) != 1 || !strings.Contains(logged, "path=/v1/tag status=200") {
		t.Errorf("log:\n%s", logged)
	}
}

// syncBuffer is a bytes.Buffer for concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// TestTimeout: a request whose articles take longer than the request
// time is answered 503.
func TestTimeout(t *testing.T) {
	h := newHandler(t, serve.Limits{RequestTimeout: time.Nanosecond})
	checkError(t, do(h, "POST", "/v1/timeline", "text/plain", "date 2022-01-05 "+story), 503, "timeout", "request_timeout")
}

func TestTimelineFormats(t *testing.T) {
	h := newHandler(t, serve.Limits{})
	body := "date 2022-01-05 " + story + "\n"
	for _, tc := range []struct{ target, accept, ctype, start string }{
		{"/v1/timeline", "", "application/json", "{\n  \"days_unknown\": false"},
		{"/v1/timeline", "text/html,application/xhtml+xml;q=0.9", "text/html; charset=utf-8", "<!DOCTYPE html>"},
		{"/v1/timeline", "application/json, text/html", "application/json", "{\n  \"days_unknown\""},
		{"/v1/timeline?format=html", "application/json", "text/html; charset=utf-8", "<!DOCTYPE html>"},
		{"/v1/timeline?format=jsonl", "", "application/x-ndjson", `{"value":`},
		{"/v1/timeline?format=csv", "", "text/csv; charset=utf-8", "from,to,"},
	} {
		w := do(h, "POST", tc.target, "text/plain", body, "Accept", tc.accept)
		if w.Code != 200 || w.Header().Get("Content-Type") != tc.ctype || !strings.HasPrefix(w.Body.String(), tc.start) {
			t.Errorf("%s, Accept %q: %d %q %.60q; want %q starting %q", tc.target, tc.accept, w.Code, w.Header().Get("Content-Type"), w.Body.String(), tc.ctype, tc.start)
		}
	}
}

// TestForm: the page's form, with the date's month alone when the day is
// unknown, several pasted articles, and a file.
func TestForm(t *testing.T) {
	h := newHandler(t, serve.Limits{})
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("text", story+"\n---\nLe lendemain, le gouvernement a démissionné.\n")
	mw.WriteField("date", "2022-01-05")
	mw.WriteField("day_unknown", "1")
	fw, _ := mw.CreateFormFile("file", "wires.jsonl")
	fw.Write([]byte(`{"id":"w1","date":"2022-01-06","text":"Mercredi, le président a limogé le gouvernement.","source":"AFP"}` + "\n"))
	mw.Close()
	w := do(h, "POST", "/v1/timeline", mw.FormDataContentType(), body.String())
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var c struct {
		Articles []struct {
			ID   string
			Date struct{ Timex string }
		}
	}
	if err := json.Unmarshal(w.Body.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range c.Articles {
		got = append(got, a.ID+" "+a.Date.Timex)
	}
	if want := "article-1:1 2022-01,article-2:1 2022-01,w1 2022-01-06"; strings.Join(got, ",") != want {
		t.Errorf("articles %q, want %s", got, want)
	}
	// Without a date, the command line's error.
	w = do(h, "POST", "/v1/timeline", "application/x-www-form-urlencoded", "text=Mardi+soir.&date=")
	checkError(t, w, 422, "bad_article", "article-1:1")
}

func TestHealthz(t *testing.T) {
	w := do(newHandler(t, serve.Limits{}), "GET", "/healthz", "", "")
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"status":"ok","version":"test"`) {
		t.Errorf("%d %s", w.Code, w.Body)
	}
}

func TestPage(t *testing.T) {
	h := newHandler(t, serve.Limits{})
	for _, tc := range []struct{ target, acceptLang, lang, words string }{
		{"/", "", "fr", "Tracer la chronologie"},
		{"/", "en-GB,en;q=0.9", "en", "Draw the timeline"},
		{"/?lang=fr", "en", "fr", "jour inconnu"},
		{"/?lang=en", "", "en", "day unknown"},
	} {
		w := do(h, "GET", tc.target, "", "", "Accept-Language", tc.acceptLang)
		if w.Code != 200 || !strings.Contains(w.Body.String(), `<html lang="`+tc.lang+`">`) || !strings.Contains(w.Body.String(), tc.words) {
			t.Errorf("%s (%s): %d, want the %s page with %q", tc.target, tc.acceptLang, w.Code, tc.lang, tc.words)
		}
		if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'sha256-") {
			t.Errorf("CSP %q", csp)
		}
	}
}

// TestPageWordsFromLanguage: the page asked in each registered language
// with page words says its form in that language's words, and links to
// the page in every such language.
func TestPageWordsFromLanguage(t *testing.T) {
	h := newHandler(t, serve.Limits{})
	var ls []lang.Language
	for _, l := range languages.All() {
		if l.Page != nil {
			ls = append(ls, l)
		}
	}
	for _, l := range ls {
		body := do(h, "GET", "/?lang="+l.Tag, "", "").Body.String()
		f := l.Page.Form
		for _, w := range []string{`<html lang="` + l.Tag + `">`, "<title>frise · " + template.HTMLEscapeString(f.Title) + "</title>",
			`<p class="lead">` + template.HTMLEscapeString(f.Lead) + "</p>", `<button type="submit" id="draw">` + template.HTMLEscapeString(f.Draw) + "</button>"} {
			if !strings.Contains(body, w) {
				t.Errorf("%s page: no %q", l.Tag, w)
			}
		}
		for _, o := range ls {
			if link := `<a href="/?lang=` + o.Tag + `" hreflang="` + o.Tag + `">` + o.Name + `</a>`; !strings.Contains(body, link) {
				t.Errorf("%s page: no link %q", l.Tag, link)
			}
		}
	}
}

// TestShutdown: on the signal, a request in flight finishes and is
// answered; one that outlasts the bound is cut, and Run says so.
func TestShutdown(t *testing.T) {
	for _, tc := range []struct {
		name  string
		work  time.Duration
		grace time.Duration
		cut   bool
	}{{"finishes", 200 * time.Millisecond, 5 * time.Second, false}, {"cut", 5 * time.Second, 100 * time.Millisecond, true}} {
		t.Run(tc.name, func(t *testing.T) {
			started := make(chan struct{})
			h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				close(started)
				select {
				case <-time.After(tc.work):
				case <-r.Context().Done():
				}
				io.WriteString(w, "done")
			})
			l, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			ctx, stop := context.WithCancel(context.Background())
			ran := make(chan error)
			go func() { ran <- serve.Run(ctx, l, h, tc.grace, nil) }()
			got := make(chan string)
			go func() {
				resp, err := http.Get("http://" + l.Addr().String() + "/")
				if err != nil {
					got <- "error: " + err.Error()
					return
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				got <- string(b)
			}()
			<-started
			stop()
			err = <-ran
			body := <-got
			if tc.cut {
				if err == nil || !strings.Contains(err.Error(), "shutdown_timeout") || body == "done" {
					t.Errorf("Run = %v, response %q; want the request cut and an error naming shutdown_timeout", err, body)
				}
			} else if err != nil || body != "done" {
				t.Errorf("Run = %v, response %q; want nil and the response", err, body)
			}
		})
	}
}
