package jsonstr

import (
	"bytes"
	"encoding/json"
	"testing"
)

// marshaled is what encoding/json writes for s, with or without HTML
// escaping.
func marshaled(s string, html bool) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(html)
	if err := enc.Encode(s); err != nil {
		panic(err)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

func TestAppend(t *testing.T) {
	for _, tc := range []struct {
		in, plain, html string
	}{
		{"Almaty", `"Almaty"`, `"Almaty"`},
		{`le "Printemps" \ 2022`, `"le \"Printemps\" \\ 2022"`, `"le \"Printemps\" \\ 2022"`},
		{"<script>a&b</script>", `"<script>a&b</script>"`, `"\u003cscript\u003ea\u0026b\u003c/script\u003e"`},
		{"l'été\n\tà 20 h\r", `"l'été\n\tà 20 h\r"`, `"l'été\n\tà 20 h\r"`},
		{"\b\f\x00\x1f", `"\b\f\u0000\u001f"`, `"\b\f\u0000\u001f"`},
		{"a\xffb", `"a\ufffdb"`, `"a\ufffdb"`},
		{"x\u2028y\u2029", `"x\u2028y\u2029"`, `"x\u2028y\u2029"`},
		{"", `""`, `""`},
	} {
		if got := string(Append(nil, tc.in, false)); got != tc.plain || got != marshaled(tc.in, false) {
			t.Errorf("Append(%q, false) = %s, want %s (encoding/json: %s)", tc.in, got, tc.plain, marshaled(tc.in, false))
		}
		if got := string(Append([]byte("x"), tc.in, true)); got != "x"+tc.html || got[1:] != marshaled(tc.in, true) {
			t.Errorf("Append(%q, true) = %s, want x%s (encoding/json: %s)", tc.in, got, tc.html, marshaled(tc.in, true))
		}
	}
}

func FuzzAppend(f *testing.F) {
	for _, s := range []string{"", "Almaty", "<a href='x'>&amp;</a>", "\x00\x7f\u2028\xc3", "« lundi soir »"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, html := range []bool{false, true} {
			if got, want := string(Append(nil, s, html)), marshaled(s, html); got != want {
				t.Fatalf("Append(%q, %v) = %s, encoding/json %s", s, html, got, want)
			}
		}
	})
}
