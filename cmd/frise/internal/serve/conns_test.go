package serve_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"frise/cmd/frise/internal/serve"
)

// TestLimitConns: with every connection taken, one more is answered 503
// as JSON and closed; once one closes, a new one is served.
func TestLimitConns(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: newHandler(t, serve.Limits{})}
	go srv.Serve(serve.LimitConns(l, 2))
	defer srv.Close()
	url := "http://" + l.Addr().String() + "/healthz"

	// Two clients keep their connections open.
	var held []*http.Client
	for range 2 {
		c := &http.Client{Transport: &http.Transport{}}
		resp, err := c.Get(url)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("connection within the bound: %v", err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		held = append(held, c)
	}
	third := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := third.Post("http://"+l.Addr().String()+"/v1/tag", "application/json", strings.NewReader(`{"text":"Lundi.","date":"2022-01-05"}`))
	if err != nil {
		t.Fatalf("connection over the bound: %v, want a 503", err)
	}
	var e apiError
	json.NewDecoder(resp.Body).Decode(&e)
	resp.Body.Close()
	if resp.StatusCode != 503 || e.Code != "overloaded" || !strings.Contains(e.Message, "max_connections") || resp.Header.Get("Retry-After") == "" {
		t.Errorf("over the bound: %d %+v", resp.StatusCode, e)
	}

	held[0].CloseIdleConnections()
	deadline := time.Now().Add(5 * time.Second)
	for {
		resp, err := third.Get(url)
		if err == nil && resp.StatusCode == 200 {
			resp.Body.Close()
			break
		}
		if err == nil {
			resp.Body.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("a connection closed, and still no place: %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestPipelined: requests sent in one write on one connection are answered
// in order, whatever the connection batches; an answer does not wait for
// a later request on its connection that waits for a place; and with every
// place and the queue taken, a request is refused at once.
func TestPipelined(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := serve.New(serve.Options{Pipeline: shared(), Version: "test",
		Limits: serve.Limits{MaxInFlight: 1, MaxQueue: 1, QueueWait: time.Minute}})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- serve.Run(ctx, serve.LimitConns(l, 8), h, 5*time.Second, nil) }()
	defer func() { cancel(); <-done }()
	dial := func() (net.Conn, *bufio.Reader) {
		c, err := net.Dial("tcp", l.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(10 * time.Second))
		t.Cleanup(func() { c.Close() })
		return c, bufio.NewReader(c)
	}
	tag := func(id string) string {
		body := fmt.Sprintf(`{"id":%q,"text":"Réunion lundi.","date":"2022-01-05"}`, id)
		return fmt.Sprintf("POST /v1/tag HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	}
	const health = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
	read := func(br *bufio.Reader) (*http.Response, string) {
		t.Helper()
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}

	// Ten requests in one write: ten answers, in order.
	c, br := dial()
	var batch strings.Builder
	for i := range 10 {
		if i%2 == 0 {
			batch.WriteString(health)
		} else {
			batch.WriteString(tag(fmt.Sprintf("n%d", i)))
		}
	}
	io.WriteString(c, batch.String())
	for i := range 10 {
		resp, body := read(br)
		want := `"status":"ok"`
		if i%2 == 1 {
			want = fmt.Sprintf(`"id":"n%d"`, i)
		}
		if resp.StatusCode != 200 || !strings.Contains(body, want) {
			t.Fatalf("answer %d: %d %s, want 200 with %s", i, resp.StatusCode, body, want)
		}
	}

	// The one place taken by a request whose body has not all come.
	slow, _ := dial()
	io.WriteString(slow, "POST /v1/tag HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 37\r\n\r\n{\"text\":\"Lundi.\",")
	waitFor(t, l.Addr().String(), `"in_flight":1`)
	// A health check and a request that must wait for the place, in one
	// write: the health check is answered while the other waits.
	c2, br2 := dial()
	io.WriteString(c2, health+tag("queued"))
	if resp, body := read(br2); resp.StatusCode != 200 || !strings.Contains(body, `"queued":`) {
		t.Fatalf("health check before a queued request: %d %s", resp.StatusCode, body)
	}
	waitFor(t, l.Addr().String(), `"queued":1`)
	// Every place and the queue taken: refused at once, as JSON.
	c3, br3 := dial()
	io.WriteString(c3, tag("refused"))
	if resp, body := read(br3); resp.StatusCode != 429 || !strings.Contains(body, `"code":"overloaded"`) || resp.Header.Get("Retry-After") == "" || resp.ContentLength != int64(len(body)) {
		t.Fatalf("over the queue: %d %v %s", resp.StatusCode, resp.Header, body)
	}
	// The body ends: both waiting requests are answered.
	io.WriteString(slow, `"date":"2022-01-05"}`)
	if resp, body := read(br2); resp.StatusCode != 200 || !strings.Contains(body, `"id":"queued"`) {
		t.Fatalf("the queued request: %d %s", resp.StatusCode, body)
	}
}

// waitFor polls /healthz until its answer holds want.
func waitFor(t *testing.T, addr, want string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if strings.Contains(string(b), want) {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("healthz never said %s", want)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
