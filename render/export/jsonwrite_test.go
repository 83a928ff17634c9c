package export

import (
	"encoding/json"
	"testing"
)

// fullEvent is an event with every member of the JSON set, each string
// s: what the hand encoder must write as MarshalIndent does.
func fullEvent(s string, rel int) (jsonEvent, jsonArticle) {
	v := jsonValue{Type: "DATE" + s, Timex: "2022-01-05" + s, From: "2022-01-05T00:00:00+01:00", To: s, Grain: "day", Certainty: "exact" + s,
		Reason: s, Why: &jsonWhy{Kind: "pinned" + s, ArticleDate: s, Day: s, Source: s, SourceDate: s}, RelDay: &rel, Open: s, Said: s}
	src := jsonSource{Article: s, Source: s, Date: s, Sentence: s, Clause: s, Phrase: s, PhraseSpan: [2]int{rel, 2},
		SentenceSpan: [2]int{0, len(s)}, ClauseSpan: [2]int{-1, 1 << 40}, InTitle: true, Rule: s, Inherited: true, DatedBy: s,
		CarriedFrom: &jsonCarried{Sentence: s, SentenceSpan: [2]int{3, 4}}, PinnedBy: s}
	e := jsonEvent{Value: &v, DatedBy: s, Clause: s, Conflict: s, Sources: []jsonSource{src, {Article: s}}}
	a := jsonArticle{ID: s, File: s, Source: s, Lang: s, Date: v, Reference: &v, Mentions: rel, Events: len(s)}
	return e, a
}

func checkAsMarshaled(t *testing.T, s string, rel int) {
	t.Helper()
	e, a := fullEvent(s, rel)
	sparse := jsonEvent{Clause: s, Sources: []jsonSource{{Article: s}}}
	for _, c := range []struct {
		v   any
		got []byte
	}{
		{e, appendEventJSON(nil, e, 2)},
		{sparse, appendEventJSON(nil, sparse, 2)},
		{jsonEvent{}, appendEventJSON(nil, jsonEvent{}, 2)},
		{jsonEvent{Sources: []jsonSource{}}, appendEventJSON(nil, jsonEvent{Sources: []jsonSource{}}, 2)},
		{a, appendArticleJSON(nil, a, 2)},
		{jsonArticle{ID: s}, appendArticleJSON(nil, jsonArticle{ID: s}, 2)},
	} {
		want, err := json.MarshalIndent(c.v, "    ", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if string(c.got) != string(want) {
			t.Fatalf("%q: wrote\n%s\nMarshalIndent writes\n%s", s, c.got, want)
		}
	}
	// Compact, as JSONL writes each event: json.Marshal's bytes.
	for _, c := range []struct {
		v   any
		got []byte
	}{
		{e, appendEventJSON(nil, e, compact)},
		{sparse, appendEventJSON(nil, sparse, compact)},
		{jsonEvent{}, appendEventJSON(nil, jsonEvent{}, compact)},
		{jsonEvent{Sources: []jsonSource{}}, appendEventJSON(nil, jsonEvent{Sources: []jsonSource{}}, compact)},
		{a, appendArticleJSON(nil, a, compact)},
	} {
		want, err := json.Marshal(c.v)
		if err != nil {
			t.Fatal(err)
		}
		if string(c.got) != string(want) {
			t.Fatalf("%q: wrote compact\n%s\njson.Marshal writes\n%s", s, c.got, want)
		}
	}
}

// TestJSONWriteAsMarshaled: every member, set and left out, and strings
// that need escaping, as MarshalIndent writes them, and compact as
// json.Marshal does.
func TestJSONWriteAsMarshaled(t *testing.T) {
	for _, s := range []string{"", "plain", "été « guillemets »", `"quoted" \ back`, "<script>&amp;</script>",
		"a\nb\tc\rd", "\x00\x01\x08\x0c\x1f\x7f", "bad \xff\xfe utf-8 \xe2\x80", "sep \u2028 \u2029 end", "emoji 😀 \ufffd"} {
		checkAsMarshaled(t, s, -3)
	}
}

// FuzzJSONWrite: any string, as MarshalIndent writes it.
func FuzzJSONWrite(f *testing.F) {
	for _, s := range []string{"x & y", "<b>\u2028", "\xff", "\"\\\x1b"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, rel int) { checkAsMarshaled(t, s, rel) })
}
