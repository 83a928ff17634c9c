package main

import (
	"bytes"
	"testing"
)

// TestAppendTags: appendTags writes what encoding/json writes (encodeTags),
// byte for byte, on lines with every optional field set and unset, no
// phrase and nil phrases, and strings of every ASCII byte, invalid UTF-8,
// line and paragraph separators and other runes.
func TestAppendTags(t *testing.T) {
	var all []byte
	for c := range 0x80 {
		all = append(all, byte(c))
	}
	strs := []string{"", "mardi soir", string(all), "\xff\xfe a\xc3", "a\u2028b\u2029c\u2027", "é»«<>&'\"\\/", "\u00a0\u202f’", "\xed\xa0\x80", "😀\x00"}
	one, minus := 1, -3
	var lines []jsonlOut
	for i, s := range strs {
		m := jsonlMention{Span: [2]int{i, 10 * i}, Text: s, Type: "DATE", Value: s, Grain: "day", Certainty: "exact", Rule: s}
		full := m
		full.From, full.To, full.Reason, full.RelDay, full.Anchor, full.Range = s+"x", "y"+s, s, &minus, &one, s+"r"
		lines = append(lines, jsonlOut{ID: s, Mentions: []jsonlMention{m, full}, Error: s, Note: s},
			jsonlOut{ID: s, Mentions: []jsonlMention{}}, jsonlOut{ID: s})
	}
	for _, l := range lines {
		if got, want := appendTags(nil, l), encodeTags(l); !bytes.Equal(got, want) {
			t.Errorf("%+v:\n%s\nencoding/json:\n%s", l, got, want)
		}
	}
}

// FuzzAppendJSONString: any string is quoted as encoding/json quotes it.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c", "\x00\x1f\x7f", "\xff", "\u2028", "été"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := appendTags(nil, jsonlOut{ID: s}), encodeTags(jsonlOut{ID: s})
		if !bytes.Equal(got, want) {
			t.Errorf("%q: %s, encoding/json %s", s, got, want)
		}
	})
}
