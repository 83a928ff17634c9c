package jsonstr

import (
	"bytes"
	"encoding/json"
	"strings"
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

// TestAppendEight: runs of eight bytes, each byte escaped or not, at
// every place in a string, and two-byte runes cut at the end.
func TestAppendEight(t *testing.T) {
	for _, c := range []string{"\x00", "\x1f", " ", "\"", "\\", "<", ">", "&", "\x7f", "é", "\u2028", "\xc3", "\xe2\x80", "!", "#", "[", "]", "=", "?", "%", "'", "/"} {
		for n := 0; n < 20; n++ {
			for _, pad := range []string{"a", "Z", "~", "\x20", "0"} {
				s := strings.Repeat(pad, n) + c + strings.Repeat(pad, 17-n%9)
				for _, html := range []bool{false, true} {
					if got, want := string(Append(nil, s, html)), marshaled(s, html); got != want {
						t.Errorf("Append(%q, %v) = %s, encoding/json %s", s, html, got, want)
					}
				}
			}
		}
	}
}

func BenchmarkAppend(b *testing.B) {
	strs := []string{"La semaine dernière", "2021-12-27T00:00:00+01:00", "DATE", "fr.period", "exact", "week", "2021-W52", "vers 3 heures du matin", "b1-1"}
	n := 0
	for _, s := range strs {
		n += len(s)
	}
	b.SetBytes(int64(n))
	var buf []byte
	for range b.N {
		buf = buf[:0]
		for _, s := range strs {
			buf = Append(buf, s, false)
		}
	}
}
