// Package serve is frise as an HTTP service (frise serve): the same steps
// as the commands, on articles sent in requests, through the same code,
// so that an article gives the same bytes through the service as through
// the command.
//
//	POST /v1/tag        one article → its time phrases (frise tag --jsonl)
//	POST /v1/extract    articles → their events, JSONL (frise extract)
//	POST /v1/timeline   articles → the merged chronology, JSON or the chart page (frise build)
//	GET  /              a page to paste articles into and see their chart
//	GET  /healthz       liveness and version
//	GET  /v1/openapi.json  this API, described
//
// The package lives under cmd/frise because it wires every layer
// (configuration, the pipeline, render) as the commands do; a Go program
// that wants frise without HTTP imports frise/timeline/pipeline.
package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"frise/render"
	"frise/render/export"
	"frise/timeline"
	"frise/timeline/pipeline"
)

// Limits bound what one request may ask and how many are processed at
// once; a zero field takes the default given.
type Limits struct {
	// MaxBodyBytes bounds a request body (413 above; 8 MiB).
	MaxBodyBytes int64
	// MaxArticles bounds the articles of one request (413 above; 1000).
	MaxArticles int
	// RequestTimeout bounds the processing of one request (503 after; 30 s).
	RequestTimeout time.Duration
	// MaxInFlight requests are processed at once (one per CPU); MaxQueue
	// more wait for a place, at most QueueWait (2 s) each (503 after);
	// beyond that, requests are refused at once (429). MaxQueue 0 keeps
	// no queue.
	MaxInFlight, MaxQueue int
	QueueWait             time.Duration
}

func (l Limits) withDefaults() Limits {
	if l.MaxBodyBytes <= 0 {
		l.MaxBodyBytes = 8 << 20
	}
	if l.MaxArticles <= 0 {
		l.MaxArticles = 1000
	}
	if l.RequestTimeout <= 0 {
		l.RequestTimeout = 30 * time.Second
	}
	if l.MaxInFlight <= 0 {
		l.MaxInFlight = runtime.GOMAXPROCS(0)
	}
	if l.QueueWait <= 0 {
		l.QueueWait = 2 * time.Second
	}
	return l
}

// Options are the dependencies of the service.
type Options struct {
	// Pipeline reads and processes the articles.
	Pipeline *pipeline.Pipeline
	// Render draws the chart page, as frise build does: by default the
	// page holds ECharts (embedded in the binary) and needs no network.
	Render render.Options
	// Filter, when set, keeps the events of a chronology a request gets
	// (the configuration's from, to and grep).
	Filter func([]timeline.Event) []timeline.Event
	// Version is reported by /healthz.
	Version string
	Limits  Limits
	// Log gets one line per request; nil logs nothing.
	Log *slog.Logger
}

// route is one endpoint: the table is the handler and what the OpenAPI
// document is checked against.
type route struct {
	method, path string
	limited      bool // processes articles: counted in flight
	h            func(*server, http.ResponseWriter, *http.Request) error
}

var routes = []route{
	{"POST", "/v1/tag", true, (*server).tag},
	{"POST", "/v1/extract", true, (*server).extract},
	{"POST", "/v1/timeline", true, (*server).timeline},
	{"GET", "/healthz", false, (*server).healthz},
	{"GET", "/v1/openapi.json", false, (*server).openapi},
	{"GET", "/", false, (*server).page},
}

type server struct {
	Options
	lim  *limiter
	shed shedLog
	mux  *http.ServeMux
}

// New returns the service's handler.
func New(o Options) http.Handler {
	o.Limits = o.Limits.withDefaults()
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Pipeline == nil {
		o.Pipeline = pipeline.New(pipeline.Options{})
	}
	s := &server{Options: o, lim: newLimiter(o.Limits.MaxInFlight, o.Limits.MaxQueue, o.Limits.QueueWait), mux: http.NewServeMux()}
	for _, rt := range routes {
		pattern := rt.method + " " + rt.path
		if rt.path == "/" {
			pattern += "{$}"
		}
		s.mux.Handle(pattern, s.handler(rt))
	}
	// What no route takes: JSON errors too, 405 when the path is known.
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		for _, rt := range routes {
			if rt.path == r.URL.Path {
				w.Header().Set("Allow", rt.method)
				writeError(w, &httpError{status: http.StatusMethodNotAllowed, code: "method_not_allowed", msg: r.Method + " " + r.URL.Path + ": use " + rt.method})
				return
			}
		}
		writeError(w, &httpError{status: http.StatusNotFound, code: "not_found", msg: "no such endpoint: " + r.URL.Path + " (see /v1/openapi.json)"})
	})
	return s
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.lim.full() && limited(r) {
		// Overloaded: the commonest answer then, so the cheapest one,
		// before routing, the log's recorder or reading the body.
		refuseFull(w)
		s.logShed()
		return
	}
	start := time.Now()
	rec := &recorder{ResponseWriter: w, status: http.StatusOK}
	defer func() {
		if v := recover(); v != nil {
			// A bug must not take the service down: the request gets a 500,
			// the log the panic.
			s.Log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v))
			if !rec.wrote {
				writeError(rec, &httpError{status: http.StatusInternalServerError, code: "internal", msg: "internal error"})
			}
		}
		if rec.shed {
			s.logShed()
			return
		}
		level := slog.LevelInfo
		if rec.status >= 500 {
			level = slog.LevelWarn
		}
		s.Log.LogAttrs(r.Context(), level, "request", slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", rec.status), slog.Int64("bytes", rec.bytes), slog.Duration("took", time.Since(start)),
			slog.String("remote", r.RemoteAddr))
	}()
	s.mux.ServeHTTP(rec, r)
}

// logShed counts a request refused for overload. A line per refused
// request would flood the log and cost the time shedding saves: one line
// a second says how many were refused.
func (s *server) logShed() {
	if n, ok := s.shed.add(time.Now()); ok {
		s.Log.Warn("overloaded: requests refused", "count", n, "per", time.Second)
	}
}

// limited reports whether r is for a route that processes articles.
func limited(r *http.Request) bool {
	for _, rt := range routes {
		if rt.limited && rt.method == r.Method && rt.path == r.URL.Path {
			return true
		}
	}
	return false
}

func (s *server) handler(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rt.limited {
			release, err := s.lim.acquire(r.Context(), flushConn)
			if err != nil {
				if rec, ok := w.(*recorder); ok {
					rec.shed = true
				}
				if err == errFull {
					// The refusal an overloaded service sends most: the
					// body unread, a constant written.
					refuseFull(w)
					return
				}
				writeError(w, err)
				return
			}
			defer release()
			// The work may take a while: the answers before this request on
			// its connection leave now.
			flushConn(r.Context())
			ctx, cancel := context.WithTimeout(r.Context(), s.Limits.RequestTimeout)
			defer cancel()
			r = r.WithContext(ctx)
		}
		if err := rt.h(s, w, r); err != nil {
			if errors.Is(err, context.DeadlineExceeded) {
				err = &httpError{status: http.StatusServiceUnavailable, code: "timeout", msg: fmt.Sprintf("the articles took longer than request_timeout (%v) to process", s.Limits.RequestTimeout)}
			}
			writeError(w, err)
		}
	})
}

// writeBody writes a whole response body with its length, so that a
// client reads it in one piece rather than in chunks.
func writeBody(w http.ResponseWriter, b []byte) error {
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	_, err := w.Write(b)
	return err
}

// recorder keeps the status and size of a response, for the log.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
	wrote  bool
	shed   bool // refused for overload
}

func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// tag is POST /v1/tag: one article as JSON ({"id","text","date","lang",
// "prefer"}), its phrases as `frise tag --jsonl` writes its line.
func (s *server) tag(w http.ResponseWriter, r *http.Request) error {
	if err := wantJSON(r); err != nil {
		return err
	}
	body, err := s.readBody(w, r)
	if err != nil {
		return err
	}
	var in pipeline.TagInput
	if err := decodeJSON(body, &in); err != nil {
		return err
	}
	res, err := s.Pipeline.Tag(r.Context(), in)
	if err != nil {
		if ctxErr := r.Context().Err(); ctxErr != nil {
			return ctxErr
		}
		return &httpError{status: http.StatusUnprocessableEntity, code: "bad_article", msg: err.Error()}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(res); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	return writeBody(w, buf.Bytes())
}

// extract is POST /v1/extract: articles → their events, one a line, as
// `frise extract` writes them.
func (s *server) extract(w http.ResponseWriter, r *http.Request) error {
	results, err := s.process(w, r)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	for _, res := range results {
		if err := export.JSONL(&buf, timeline.Chronology{Events: res.Events}); err != nil {
			return err
		}
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	return writeBody(w, buf.Bytes())
}

// timeline is POST /v1/timeline: articles → their merged chronology, as
// `frise build` writes it: JSON, or the chart page when the client
// accepts text/html or asks ?format=html (also jsonl, csv).
func (s *server) timeline(w http.ResponseWriter, r *http.Request) error {
	format := r.URL.Query().Get("format")
	if format == "" {
		format = "json"
		if acceptsHTML(r.Header.Get("Accept")) {
			format = "html"
		}
	}
	type writer struct {
		ctype string
		write func(io.Writer, timeline.Chronology) error
	}
	formats := map[string]writer{
		"json":  {"application/json", export.JSON},
		"jsonl": {"application/x-ndjson", export.JSONL},
		"csv":   {"text/csv; charset=utf-8", export.CSV},
		"html": {"text/html; charset=utf-8", func(w io.Writer, c timeline.Chronology) error {
			return render.HTML(w, c, s.Render)
		}},
	}
	f, ok := formats[format]
	if !ok {
		return &httpError{status: http.StatusBadRequest, code: "bad_format", msg: fmt.Sprintf("format %q: want json, jsonl, csv or html", format)}
	}
	results, err := s.process(w, r)
	if err != nil {
		return err
	}
	chron := s.Pipeline.Merge(results)
	if s.Filter != nil {
		chron.Events = s.Filter(chron.Events)
	}
	var buf bytes.Buffer
	if err := f.write(&buf, chron); err != nil {
		return err
	}
	w.Header().Set("Content-Type", f.ctype)
	if format == "html" {
		w.Header().Set("Content-Security-Policy", "frame-ancestors 'self'")
	}
	return writeBody(w, buf.Bytes())
}

// acceptsHTML reports whether an Accept header asks for HTML before JSON.
func acceptsHTML(accept string) bool {
	for part := range strings.SplitSeq(accept, ",") {
		mt, _, _ := strings.Cut(strings.TrimSpace(part), ";")
		switch strings.ToLower(strings.TrimSpace(mt)) {
		case "text/html", "application/xhtml+xml":
			return true
		case "application/json":
			return false
		}
	}
	return false
}

// process reads the request's articles and processes them in order.
func (s *server) process(w http.ResponseWriter, r *http.Request) ([]timeline.Result, error) {
	as, err := s.articles(w, r)
	if err != nil {
		return nil, err
	}
	// One worker: the service's parallelism is its requests in flight.
	results, errs, err := s.Pipeline.ProcessEach(r.Context(), as, 1, nil)
	if err != nil {
		return nil, err
	}
	// An article read but not processable (a language frise does not
	// know, a date that resolves outside 0001-9999) is the client's, as
	// on the command line: 422 with the command's words, never a 500.
	var bad []string
	for _, e := range errs {
		if e != nil {
			bad = append(bad, e.Error())
		}
	}
	if len(bad) > 0 {
		return nil, &httpError{status: http.StatusUnprocessableEntity, code: "bad_article", msg: bad[0], errs: bad}
	}
	return results, nil
}

func (s *server) healthz(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	inFlight, queued := s.lim.load()
	return json.NewEncoder(w).Encode(struct {
		Status   string `json:"status"`
		Version  string `json:"version"`
		InFlight int    `json:"in_flight"`
		Queued   int    `json:"queued"`
	}{"ok", s.Version, inFlight, queued})
}

func (s *server) openapi(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json")
	_, err := w.Write(openapiJSON)
	return err
}

// shedLog counts the requests refused for overload, for one log line a
// second.
type shedLog struct {
	mu   sync.Mutex
	n    int
	last time.Time
}

// add counts one refusal, and says how many to log when a second has
// passed since the last line.
func (l *shedLog) add(now time.Time) (int, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.n++
	if now.Sub(l.last) < time.Second {
		return 0, false
	}
	n := l.n
	l.n, l.last = 0, now
	return n, true
}
