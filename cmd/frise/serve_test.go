package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"frise/cmd/frise/internal/serve"
	"frise/config"
	"frise/samples"
)

// TestServeSameBytes: an article gives the same bytes through the service
// as through the command: tag --jsonl and POST /v1/tag, extract and POST
// /v1/extract, build (JSON and the page) and POST /v1/timeline; for
// articles sent as JSON and as text.
func TestServeSameBytes(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	o, err := serveHandler(config.Default(), dir, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	h := serve.New(*o)
	post := func(target, ctype, body string, hdr ...string) string {
		t.Helper()
		r := httptest.NewRequest("POST", target, strings.NewReader(body))
		r.Header.Set("Content-Type", ctype)
		for i := 0; i+1 < len(hdr); i += 2 {
			r.Header.Set(hdr[i], hdr[i+1])
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != 200 {
			t.Fatalf("%s: status %d: %s", target, w.Code, w.Body)
		}
		return w.Body.String()
	}
	frise := func(stdin string, args ...string) string {
		t.Helper()
		code, out, stderr := run(t, dir, nil, stdin, args...)
		if code != exitOK {
			t.Fatalf("frise %v: exit %d: %s", args, code, stderr)
		}
		return out
	}
	same := func(what, cmd, svc string) {
		t.Helper()
		if cmd != svc {
			t.Errorf("%s: the command and the service differ:\ncommand %d bytes: %.300q\nservice %d bytes: %.300q", what, len(cmd), cmd, len(svc), svc)
		}
		if len(cmd) < 100 {
			t.Errorf("%s: %d bytes: %q", what, len(cmd), cmd)
		}
	}

	sample, err := samples.FS().Open("kazakhstan-2022-01.txt")
	if err != nil {
		t.Fatal(err)
	}
	text, _ := io.ReadAll(sample)
	line := `{"id":"belga","date":"2022-01","text":` + jsonString(strings.TrimPrefix(strings.SplitN(string(text), "\n", 2)[0], "date 2022-01 ")) + `,"lang":"fr"}`
	same("tag", frise(line+"\n", "tag", "--jsonl"), post("/v1/tag", "application/json", line))
	enLine := `{"id":"ap","date":"2022-01-07T09:00:00-05:00","text":"Troops arrived overnight Tuesday into Wednesday, two days after the protests began.","prefer":"past"}`
	same("tag, English", frise(enLine+"\n", "tag", "--jsonl"), post("/v1/tag", "application/json", enLine))

	// The request's articles are named "request", as a file of that name.
	write(t, dir, "request", string(text))
	same("extract, text", frise("", "extract", "request"), post("/v1/extract", "text/plain", string(text)))
	same("build json, text", frise("", "build", "request", "--format", "json", "-o", "-"), post("/v1/timeline", "text/plain", string(text)))
	same("build html, text", frise("", "build", "request", "-o", "-"), post("/v1/timeline", "text/plain", string(text), "Accept", "text/html"))

	wires := `{"id":"afp","date":"2022-01-06","text":"Mercredi, le président a limogé le gouvernement.","source":"AFP"}` + "\n" +
		`{"id":"belga","date":"2022-01","text":"Mercredi, le président a limogé le gouvernement après les troubles de dimanche.","source":"Belga"}` + "\n"
	write(t, dir, "request", wires)
	list := `{"articles":[` + strings.ReplaceAll(strings.TrimSpace(wires), "\n", ",") + `]}`
	same("extract, JSON", frise("", "extract", "request"), post("/v1/extract", "application/json", list))
	same("build json, JSON", frise("", "build", "request", "--format", "json", "-o", "-"), post("/v1/timeline", "application/json", list))
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestServeCommand runs frise serve as a user would: it listens, answers,
// and stops cleanly on the signal.
func TestServeCommand(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	s := streams{In: strings.NewReader(""), Out: &out, Err: &errb, Dir: dir,
		Getenv: func(k string) (string, bool) {
			v, ok := map[string]string{"FRISE_SHUTDOWN_TIMEOUT": "3s"}[k]
			return v, ok
		}}
	ready := make(chan string, 1)
	cmd := newCmdServe(s, func(o *serveOptions) error {
		o.Listen = func(string) (net.Listener, error) { return net.Listen("tcp", "127.0.0.1:0") }
		o.Ready = func(addr string) { ready <- addr }
		if o.Config.ShutdownTimeout != 3*time.Second || o.Config.Addr != "localhost:8080" {
			t.Errorf("config: shutdown_timeout %v, addr %q", o.Config.ShutdownTimeout, o.Config.Addr)
		}
		return serveRun(t.Context(), o)
	})
	cmd.SetArgs([]string{"--max-queue", "4"})
	done := make(chan error, 1)
	go func() { done <- cmd.Execute() }()
	var addr string
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatalf("serve ended: %v; %s", err, errb.String())
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not listen")
	}
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), `"version":"`+version()+`"`) {
		t.Errorf("healthz: %d %s", resp.StatusCode, b)
	}
	p, _ := os.FindProcess(os.Getpid())
	if err := p.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop on SIGINT")
	}
	for _, want := range []string{"msg=listening", "msg=request method=GET path=/healthz status=200", "msg=stopped"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, errb.String())
		}
	}
}
