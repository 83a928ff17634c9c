package serve

import (
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
