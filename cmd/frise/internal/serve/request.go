package serve

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"

	"frise/timeline"
	"frise/timeline/languages"
	"frise/timeline/pipeline"
)

// httpError is an error a client is told about: its status, a code a
// program can switch on, and a message for a person. An article that
// cannot be read gets the words the command line would print.
type httpError struct {
	status int
	code   string
	msg    string
	// errs lists every bad article, when there are several.
	errs []string
}

func (e *httpError) Error() string { return e.msg }

// writeError writes err as JSON: {"code", "message"}; an error that is no
// *httpError is the service's own fault, and its words stay in the log.
func writeError(w http.ResponseWriter, err error) {
	var he *httpError
	if !errors.As(err, &he) {
		he = &httpError{status: http.StatusInternalServerError, code: "internal", msg: "internal error"}
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Del("Content-Security-Policy")
	if he.status == http.StatusTooManyRequests || he.status == http.StatusServiceUnavailable {
		h.Set("Retry-After", "1")
	}
	w.WriteHeader(he.status)
	json.NewEncoder(w).Encode(struct {
		Code    string   `json:"code"`
		Message string   `json:"message"`
		Errors  []string `json:"errors,omitempty"`
	}{he.code, he.msg, he.errs})
}

// fullBody is writeError's body for errFull, written by refuseFull
// without encoding (a test checks they agree).
const fullBody = `{"code":"overloaded","message":"too many requests: every place and the queue are taken (config max_in_flight, max_queue); retry later"}` + "\n"

// refuseFull writes errFull as writeError does, for less: no encoder, no
// header parsing, the body a constant.
func refuseFull(w http.ResponseWriter) {
	h := w.Header()
	h["Content-Type"] = []string{"application/json"}
	h["X-Content-Type-Options"] = []string{"nosniff"}
	h["Retry-After"] = []string{"1"}
	// No Content-Length: net/http writes it, from a body this short,
	// without parsing one back.
	w.WriteHeader(http.StatusTooManyRequests)
	io.WriteString(w, fullBody)
}

func unsupported(ct string, want string) error {
	if ct == "" {
		ct = "no Content-Type"
	}
	return &httpError{status: http.StatusUnsupportedMediaType, code: "unsupported_media_type",
		msg: fmt.Sprintf("%s: send %s", ct, want)}
}

// mediaType is the request's Content-Type without its parameters.
func mediaType(r *http.Request) string {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return ""
	}
	return mt
}

func wantJSON(r *http.Request) error {
	if mt := mediaType(r); mt != "application/json" {
		return unsupported(r.Header.Get("Content-Type"), "application/json")
	}
	return nil
}

// readBody reads the whole body, up to the limit (413 beyond).
func (s *server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.Limits.MaxBodyBytes))
	if err != nil {
		return nil, s.bodyError(err)
	}
	return b, nil
}

func (s *server) bodyError(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return &httpError{status: http.StatusRequestEntityTooLarge, code: "too_large",
			msg: fmt.Sprintf("request body over %d bytes (config max_body_bytes)", s.Limits.MaxBodyBytes)}
	}
	return &httpError{status: http.StatusBadRequest, code: "bad_body", msg: "read body: " + err.Error()}
}

// decodeJSON reads one JSON value, and nothing after it.
func decodeJSON(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(v); err != nil {
		return &httpError{status: http.StatusBadRequest, code: "bad_json", msg: "not a JSON article: " + err.Error()}
	}
	if _, err := dec.Token(); err != io.EOF {
		return &httpError{status: http.StatusBadRequest, code: "bad_json", msg: "not a JSON article: data after the JSON value"}
	}
	return nil
}

// requestName is the input name of a request's articles: text articles are
// named request:LINE, as a file's are file:LINE.
const requestName = "request"

// articles reads the articles of a request:
//   - application/json: one article ({"id","date","text", and optional
//     "title","source","url","lang"}), an array of them, or {"articles":[…]};
//     read as the lines of a JSONL file are;
//   - text/plain: frise's text layout ("date 2022-01-05 text…", one a line,
//     or a first line "date …" with the body after it), or JSONL;
//   - a form (the page's): text, date, day_unknown, lang, file.
func (s *server) articles(w http.ResponseWriter, r *http.Request) ([]*timeline.Article, error) {
	opt := s.Pipeline.ReadOptions()
	var seqs []func() ([]*timeline.Article, []string)
	read := func(name string, body []byte, lang string) func() ([]*timeline.Article, []string) {
		return func() ([]*timeline.Article, []string) {
			var as []*timeline.Article
			var errs []string
			for a, err := range pipeline.Read(name, bytes.NewReader(body), opt) {
				if err != nil {
					errs = append(errs, err.Error())
					continue
				}
				if lang != "" && a.Lang == "" {
					a.Lang = lang
				}
				as = append(as, a)
				if len(as) > s.Limits.MaxArticles {
					break
				}
			}
			return as, errs
		}
	}
	switch mt := mediaType(r); mt {
	case "application/json":
		body, err := s.readBody(w, r)
		if err != nil {
			return nil, err
		}
		lines, err := jsonArticles(body)
		if err != nil {
			return nil, err
		}
		if len(lines) > s.Limits.MaxArticles {
			return nil, s.tooMany()
		}
		seqs = append(seqs, read(requestName, lines.jsonl(), ""))
	case "text/plain":
		body, err := s.readBody(w, r)
		if err != nil {
			return nil, err
		}
		seqs = append(seqs, read(requestName, body, ""))
	case "application/x-www-form-urlencoded", "multipart/form-data":
		r.Body = http.MaxBytesReader(w, r.Body, s.Limits.MaxBodyBytes)
		if err := r.ParseMultipartForm(s.Limits.MaxBodyBytes); err != nil && !errors.Is(err, http.ErrNotMultipart) {
			return nil, s.bodyError(err)
		}
		f, err := readForm(r)
		if err != nil {
			return nil, err
		}
		for _, in := range f.inputs() {
			seqs = append(seqs, read(in.name, in.body, f.lang))
		}
	default:
		return nil, unsupported(r.Header.Get("Content-Type"), "application/json, text/plain or a form")
	}
	var as []*timeline.Article
	var errs []string
	for _, seq := range seqs {
		a, e := seq()
		as, errs = append(as, a...), append(errs, e...)
		if len(as) > s.Limits.MaxArticles {
			return nil, s.tooMany()
		}
	}
	if len(errs) > 0 {
		return nil, &httpError{status: http.StatusUnprocessableEntity, code: "bad_article", msg: errs[0], errs: errs}
	}
	if len(as) == 0 {
		return nil, &httpError{status: http.StatusUnprocessableEntity, code: "no_article",
			msg: "no article in the request: send its date and text"}
	}
	return as, nil
}

func (s *server) tooMany() error {
	return &httpError{status: http.StatusRequestEntityTooLarge, code: "too_many_articles",
		msg: fmt.Sprintf("more than %d articles in one request (config max_articles)", s.Limits.MaxArticles)}
}

// jsonLines are articles sent as JSON, each made one line of JSONL.
type jsonLines [][]byte

func (l jsonLines) jsonl() []byte { return append(bytes.Join(l, []byte("\n")), '\n') }

// jsonArticles reads one article, an array, or {"articles": […]}.
func jsonArticles(body []byte) (jsonLines, error) {
	var raw json.RawMessage
	if err := decodeJSON(body, &raw); err != nil {
		return nil, err
	}
	var list []json.RawMessage
	switch bytes.TrimLeft(raw, " \t\r\n")[0] {
	case '[':
		if err := json.Unmarshal(raw, &list); err != nil {
			return nil, &httpError{status: http.StatusBadRequest, code: "bad_json", msg: "not a JSON article: " + err.Error()}
		}
	case '{':
		var env struct {
			Articles *[]json.RawMessage `json:"articles"`
		}
		if err := json.Unmarshal(raw, &env); err != nil {
			return nil, &httpError{status: http.StatusBadRequest, code: "bad_json", msg: "not a JSON article: articles: " + err.Error()}
		}
		if env.Articles != nil {
			list = *env.Articles
		} else {
			list = []json.RawMessage{raw}
		}
	default:
		return nil, &httpError{status: http.StatusBadRequest, code: "bad_json", msg: "not a JSON article: want an object or an array of them"}
	}
	lines := make(jsonLines, 0, len(list))
	for _, m := range list {
		var line bytes.Buffer
		// A JSON value holds no raw line break once compacted: one line each.
		if err := json.Compact(&line, m); err != nil {
			return nil, &httpError{status: http.StatusBadRequest, code: "bad_json", msg: "not a JSON article: " + err.Error()}
		}
		lines = append(lines, line.Bytes())
	}
	return lines, nil
}

// form is what the page sends.
type form struct {
	text, date, lang string
	dayUnknown       bool
	file             []byte
	fileName         string
}

func readForm(r *http.Request) (form, error) {
	f := form{
		text:       r.FormValue("text"),
		date:       strings.TrimSpace(r.FormValue("date")),
		lang:       r.FormValue("lang"),
		dayUnknown: r.FormValue("day_unknown") != "",
	}
	if _, ok := languages.Of(f.lang); !ok {
		f.lang = ""
	}
	if r.MultipartForm != nil {
		if fhs := r.MultipartForm.File["file"]; len(fhs) > 0 && fhs[0].Size > 0 {
			fh := fhs[0]
			rc, err := fh.Open()
			if err != nil {
				return f, &httpError{status: http.StatusBadRequest, code: "bad_body", msg: "read file: " + err.Error()}
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				return f, &httpError{status: http.StatusBadRequest, code: "bad_body", msg: "read file: " + err.Error()}
			}
			f.file, f.fileName = b, fh.Filename
		}
	}
	return f, nil
}

// formInput is one text of a form, named as a file is.
type formInput struct {
	name string
	body []byte
}

// inputs are the texts a form holds, each read as a file is: the pasted
// articles (apart on a line "---"; one with no "date" line of its own
// gets the form's date, its month alone when the day is unknown), named
// article-1, article-2…, then the file dropped, by its name.
func (f form) inputs() []formInput {
	date := f.date
	if f.dayUnknown && len(date) > len("2006-01") {
		date = date[:len("2006-01")]
	}
	var out []formInput
	for _, part := range splitArticles(f.text) {
		if strings.TrimSpace(part) == "" {
			continue
		}
		body := strings.TrimLeft(part, " \t\r\n")
		if !strings.HasPrefix(strings.ToLower(body), "date ") && !strings.HasPrefix(body, "{") {
			// The form's date as the article's first line: an empty one is
			// the command line's "no article date" error.
			body = "date " + date + "\n" + body
		}
		out = append(out, formInput{fmt.Sprintf("article-%d", len(out)+1), []byte(body)})
	}
	if len(f.file) > 0 {
		name := path.Base(strings.ReplaceAll(f.fileName, "\\", "/"))
		if name == "." || name == "/" {
			name = "file"
		}
		out = append(out, formInput{name, f.file})
	}
	return out
}

// splitArticles cuts a paste at the lines holding only "---".
func splitArticles(text string) []string {
	var parts []string
	var cur strings.Builder
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == "---" {
			parts = append(parts, cur.String())
			cur.Reset()
			continue
		}
		cur.WriteString(line)
	}
	return append(parts, cur.String())
}
