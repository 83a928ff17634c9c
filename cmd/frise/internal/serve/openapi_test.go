package serve

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

// TestOpenAPIMatchesRoutes: the document served at /v1/openapi.json
// describes every route the handler registers, and nothing else; each
// endpoint that processes articles documents every error status; and each
// documented operation is answered (no 404 or 405).
func TestOpenAPIMatchesRoutes(t *testing.T) {
	h := New(Options{})
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/v1/openapi.json", nil))
	var doc struct {
		OpenAPI string                                                   `json:"openapi"`
		Paths   map[string]map[string]struct{ Responses map[string]any } `json:"paths"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil {
		t.Fatalf("the document is not JSON: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi %q, want 3.x", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			if method == "parameters" {
				continue
			}
			documented[strings.ToUpper(method)+" "+path] = true
			if _, ok := op.Responses["200"]; !ok {
				t.Errorf("%s %s: no 200 response documented", method, path)
			}
		}
	}
	registered := map[string]bool{}
	for _, rt := range routes {
		key := rt.method + " " + rt.path
		registered[key] = true
		if !documented[key] {
			t.Errorf("route %s is not in the OpenAPI document", key)
			continue
		}
		if rt.limited {
			var statuses []string
			for s := range doc.Paths[rt.path][strings.ToLower(rt.method)].Responses {
				statuses = append(statuses, s)
			}
			for _, s := range []string{"400", "413", "415", "422", "429", "503"} {
				if !slices.Contains(statuses, s) {
					t.Errorf("%s: status %s not documented", key, s)
				}
			}
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(rt.method, rt.path, strings.NewReader("{}")))
		if w.Code == http.StatusNotFound || w.Code == http.StatusMethodNotAllowed {
			t.Errorf("%s answered %d", key, w.Code)
		}
	}
	for key := range documented {
		if !registered[key] {
			t.Errorf("the OpenAPI document describes %s, which no route serves", key)
		}
	}
}
