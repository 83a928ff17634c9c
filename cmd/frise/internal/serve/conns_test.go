package serve_test

import (
	"encoding/json"
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
