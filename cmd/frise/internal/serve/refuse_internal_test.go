package serve

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestRefuseFull: the cheap refusal says what writeError says of errFull.
func TestRefuseFull(t *testing.T) {
	fast, slow := httptest.NewRecorder(), httptest.NewRecorder()
	refuseFull(fast)
	writeError(slow, errFull)
	if fast.Code != slow.Code || fast.Body.String() != slow.Body.String() {
		t.Errorf("refuseFull: %d %s\nwriteError: %d %s", fast.Code, fast.Body, slow.Code, slow.Body)
	}
	for _, h := range []string{"Content-Type", "Retry-After", "X-Content-Type-Options"} {
		if fast.Header().Get(h) != slow.Header().Get(h) {
			t.Errorf("%s: refuseFull %q, writeError %q", h, fast.Header().Get(h), slow.Header().Get(h))
		}
	}
}

// BenchmarkRefuse is the service's own part of a refusal for overload
// (net/http's parsing and writing aside): the early refusal of
// ServeHTTP, and writeError's JSON for the same error.
func BenchmarkRefuse(b *testing.B) {
	s := New(Options{Limits: Limits{MaxInFlight: 1, MaxQueue: 1}}).(*server)
	s.lim.slots <- struct{}{}
	s.lim.queue <- struct{}{}
	r := httptest.NewRequest("POST", "/v1/tag", nil)
	w := &discardWriter{h: http.Header{}}
	b.Run("early", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			clear(w.h)
			s.ServeHTTP(w, r)
		}
		if w.code != http.StatusTooManyRequests {
			b.Fatalf("status %d", w.code)
		}
	})
	b.Run("json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			clear(w.h)
			writeError(w, errFull)
		}
	})
}

type discardWriter struct {
	h    http.Header
	code int
}

func (w *discardWriter) Header() http.Header         { return w.h }
func (w *discardWriter) Write(p []byte) (int, error) { return len(p), nil }
func (w *discardWriter) WriteHeader(code int)        { w.code = code }
