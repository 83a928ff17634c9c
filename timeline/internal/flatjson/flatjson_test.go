package flatjson

import (
	"encoding/json"
	"strings"
	"testing"
)

type article struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Date   string `json:"date"`
	Lang   string `json:"lang"`
	Prefer string `json:"prefer"`
}

var names = []string{"id", "text", "date", "lang", "prefer"}

func decode(line string) (article, bool) {
	var a article
	ok := Decode([]byte(line), names, []*string{&a.ID, &a.Text, &a.Date, &a.Lang, &a.Prefer})
	return a, ok
}

// check: where Decode reads a line, encoding/json reads it too, to the
// same article.
func check(t *testing.T, line string) bool {
	t.Helper()
	got, ok := decode(line)
	if !ok {
		return false
	}
	var want article
	if err := json.Unmarshal([]byte(line), &want); err != nil {
		t.Errorf("%q: read as %+v, encoding/json refuses it: %v", line, got, err)
	} else if got != want {
		t.Errorf("%q: read as %+v, encoding/json reads %+v", line, got, want)
	}
	return true
}

// TestDecode: the lines of a feed, read as encoding/json reads them;
// lines it refuses or that are not flat are left to it.
func TestDecode(t *testing.T) {
	read := []string{
		`{"id":"b1-1","date":"2022-01-05T12:00:00+01:00","text":"Mardi soir, la police a chargé."}`,
		` { "id" : "a" , "text" : "x" } ` + "\r\n",
		"{\t\"text\":\"L'été\\n\\\"dernier\\\" \\u00e9t\\u00C9 \\/ \\\\ \\b\\f\\r\\t\"}",
		`{}`,
		`{"ID":"upper","Text":"t","DATE":"2022","lAnG":"fr","Prefer":"past"}`,
		`{"id":"first","id":"second","Id":"third"}`,
		`{"title":"ignored","source":"AFP","text":"kept","url":"u"}`,
		`{"id":"","text":""}`,
		"{\"text\":\"U+2028 \u2028 and \x7f\"}",
		`{"idx":"not id","i":"nor this"}`,
	}
	for _, l := range read {
		if !check(t, l) {
			t.Errorf("%q: left to encoding/json, a line of strings", l)
		}
	}
	left := []string{
		``, `[]`, `{`, `{"id":"a"`, `{"id":"a",}`, `{"id":"a"} x`, `{"id":"a"}{}`,
		`{"id":null}`, `{"id":1}`, `{"n":1,"id":"a"}`, `{"o":{},"id":"a"}`, `{"id":true}`,
		`{"id":"\'"}`, `{"id":"\x"}`, `{"id":"\u12"}`, `{"id":"\ud83d\ude00"}`, `{"id":"\ud83d"}`,
		"{\"id\":\"a\x01\"}", "{\"id\":\"\xff\"}", "{\"t\\u0065xt\":\"a\"}", "{\"\u212aey\":\"a\"}",
		`{'id':'a'}`, `{id:"a"}`,
	}
	for _, l := range left {
		if check(t, l) {
			t.Errorf("%q: read, where encoding/json should be asked", l)
		}
	}
}

// FuzzDecode: whatever Decode reads, encoding/json reads the same.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{"id":"a","text":"Le 5 mai \"x\" \u00e9"}`, `{"ID":"a","x":"y"}`, `{"id":"\ud83d\ude00"}`, `{}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) { check(t, line) })
}

// BenchmarkDecode: a line of the benchmark JSONL, its text with quotes.
func BenchmarkDecode(b *testing.B) {
	line := []byte(`{"id":"b1-12","date":"2022-01-05T12:00:00+01:00","text":"Le ministre a déclaré mardi que « la situation » était \"sous contrôle\", avant de partir le lendemain pour Bruxelles, où il restera jusqu'au 14 janvier."}`)
	b.SetBytes(int64(len(line)))
	var a article
	dst := []*string{&a.ID, &a.Text, &a.Date, &a.Lang, &a.Prefer}
	for range b.N {
		if !Decode(line, names, dst) {
			b.Fatal("not read")
		}
	}
}

// BenchmarkUnmarshal is BenchmarkDecode's line read by encoding/json.
func BenchmarkUnmarshal(b *testing.B) {
	line := []byte(`{"id":"b1-12","date":"2022-01-05T12:00:00+01:00","text":"Le ministre a déclaré mardi que « la situation » était \"sous contrôle\", avant de partir le lendemain pour Bruxelles, où il restera jusqu'au 14 janvier."}`)
	b.SetBytes(int64(len(line)))
	for range b.N {
		var a article
		if err := json.Unmarshal(line, &a); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDecodeLong: values longer than eight bytes, read eight at a time,
// with an escape, a quote, a control byte, invalid UTF-8 or a rune past
// ASCII at every place: read as encoding/json reads them, or left to it.
func TestDecodeLong(t *testing.T) {
	for _, special := range []string{`\"`, `\\`, `\n`, `\u00e9`, "é", "\u2028", "\x01", "\x1f", "\xff", "\"", "\x7f"} {
		for at := 0; at <= 20; at++ {
			value := strings.Repeat("a", at) + special + strings.Repeat("b", 20-at)
			check(t, `{"id":"x","text":"`+value+`","date":"2022-01-05"}`)
		}
	}
}
