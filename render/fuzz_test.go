package render

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzHTML: whatever the article text, the page has only its own scripts,
// and no "__f__" marker that go-echarts would turn into code; the same for
// a fragment.
func FuzzHTML(f *testing.F) {
	for _, v := range vectors {
		f.Add(v)
	}
	f.Add("plain text")
	var base bytes.Buffer
	if err := HTML(&base, chronology("x"), Options{}); err != nil {
		f.Fatal(err)
	}
	scripts := strings.Count(base.String(), "<script")
	ends := strings.Count(base.String(), "</script")
	f.Fuzz(func(t *testing.T, text string) {
		for _, frag := range []bool{false, true} {
			var b bytes.Buffer
			if err := HTML(&b, chronology(text), Options{Fragment: frag, Title: text}); err != nil {
				t.Fatal(err)
			}
			page := b.String()
			if frag {
				// A fragment holds the same scripts, without the page around them.
				if strings.Contains(page, "<html") {
					t.Fatal("a fragment with <html>")
				}
				continue
			}
			if n := strings.Count(page, "<script"); n != scripts {
				t.Fatalf("%d <script, want %d", n, scripts)
			}
			if n := strings.Count(page, "</script"); n != ends {
				t.Fatalf("%d </script, want %d", n, ends)
			}
			// The <title> holds the text as text (html/template escapes it; no
			// go-echarts processing happens there).
			if i, j := strings.Index(page, "<title>"), strings.Index(page, "</title>"); i >= 0 && j > i {
				page = page[:i] + page[j:]
			}
			if strings.Contains(page, "__f__") {
				t.Fatal("a __f__ marker in the page")
			}
		}
	})
}
