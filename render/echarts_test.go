package render

import (
	"bytes"
	"html"
	"strings"
	"testing"
)

func TestEchartsHash(t *testing.T) {
	if got := hashOf(echartsMin); got != echartsMinHash {
		t.Errorf("embedded ECharts hash %s, want %s: update echartsMinHash with the file", got, echartsMinHash)
	}
	if !strings.Contains(echartsMin[:4096], "echarts") || strings.Contains(echartsMin, "</script") {
		t.Error("the embedded file is not ECharts' minified build")
	}
}

// TestHTMLOffline: the default page holds ECharts and loads no script
// from anywhere; its CSP names every inline script by hash.
func TestHTMLOffline(t *testing.T) {
	raw := page(t, chronology("x"))
	got := html.UnescapeString(raw) // the CSP is an attribute
	if strings.Contains(got, "<script src=") || !strings.Contains(got, echartsMin[:2000]) {
		t.Error("the default page does not hold ECharts inline")
	}
	for _, body := range inlineScripts(raw) {
		if !strings.Contains(got, "'sha256-"+hashOf(body)+"'") {
			t.Errorf("an inline script is not in the CSP: %.80q", body)
		}
	}
}

// TestHTMLCDN: with CDN, the page loads the pinned ECharts and says so
// when it cannot.
func TestHTMLCDN(t *testing.T) {
	var b bytes.Buffer
	if err := HTML(&b, chronology("x"), Options{CDN: true}); err != nil {
		t.Fatal(err)
	}
	raw := b.String()
	got := html.UnescapeString(raw) // the CSP is an attribute
	if !strings.Contains(got, `<script src="`+EchartsURL+`">`) || strings.Contains(got, echartsMin[:2000]) {
		t.Errorf("the CDN page does not load the pinned ECharts %s", EchartsURL)
	}
	if !strings.Contains(got, `class="frise-noecharts"`) || !strings.Contains(got, "could not be loaded") {
		t.Error("the CDN page has no message for when ECharts cannot load")
	}
	if !strings.Contains(got, "script-src 'sha256-") || !strings.Contains(got, " "+EchartsURL+";") {
		t.Error("the CSP does not allow the scripts and the CDN")
	}
	for _, body := range inlineScripts(raw) {
		if !strings.Contains(got, "'sha256-"+hashOf(body)+"'") {
			t.Errorf("an inline script is not in the CSP: %.80q", body)
		}
	}
	if len(got) > 200_000 {
		t.Errorf("the CDN page is %d bytes", len(got))
	}
}

// inlineScripts returns the bodies of a page's <script> elements that
// have no src.
func inlineScripts(page string) []string {
	var out []string
	for rest := page; ; {
		i := strings.Index(rest, "<script")
		if i < 0 {
			return out
		}
		rest = rest[i:]
		j := strings.Index(rest, ">")
		k := strings.Index(rest, "</script>")
		if j < 0 || k < j {
			return out
		}
		if !strings.Contains(rest[:j], "src=") {
			out = append(out, rest[j+1:k])
		}
		rest = rest[k:]
	}
}

// TestCSPSourceIsParsed: the CSP names ECharts' origin rebuilt from a
// parsed URL; a URL with a character that ends a CSP token, or not http(s),
// adds no source (and so cannot widen the policy).
func TestCSPSourceIsParsed(t *testing.T) {
	for in, want := range map[string]string{
		EchartsURL:                          EchartsURL,
		"https://x.example/e.js?v=1#top":    "https://x.example/e.js",
		"https://x.example/e.js\t*":         "'self'",
		"https://x.example/e.js *":          "'self'",
		"https://x.example/e.js;script-src": "'self'",
		"https://x.example/e.js,*":          "'self'",
		"javascript:alert(1)":               "'self'",
		"data:text/javascript,alert(1)":     "'self'",
		"https://user@x.example/e.js":       "'self'",
		"vendor/echarts.min.js":             "'self'",
		"//x.example/e.js":                  "'self'",
	} {
		if got := cspSource(in); got != want {
			t.Errorf("cspSource(%q) = %q, want %q", in, got, want)
		}
	}
}
