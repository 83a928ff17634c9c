package timeline

import (
	"regexp"
	"testing"
)

// dateRE is the grammar of article dates as a regexp: matchDate must
// read every string as it does.
var dateRE = regexp.MustCompile(`^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$`)

func checkMatchDate(t *testing.T, s string) bool {
	t.Helper()
	got, ok := matchDate(s)
	want := dateRE.FindStringSubmatch(s)
	if ok != (want != nil) {
		t.Errorf("%q: matched %v, the regexp %v", s, ok, want != nil)
		return false
	}
	if ok && [8]string(want) != got {
		t.Errorf("%q: %q, the regexp %q", s, got, want)
	}
	return ok
}

// TestMatchDate: the dates of feeds and what only looks like one read as
// the regexp reads them.
func TestMatchDate(t *testing.T) {
	for _, s := range []string{
		"2022", "2022-01", "2022-01-05", "2022-01-05T14:30", "2022-01-05 14:30", "2022-01-05T14:30:00",
		"2022-01-05T14:30:00.123456", "2022-01-05T14:30:00Z", "2022-01-05T14:30:00+01:00", "2022-01-05T14:30-0500",
		"2022-01-05T14:30:00.5+06:00", "0000", "9999-99-99T99:99:99Z",
	} {
		if !checkMatchDate(t, s) {
			t.Errorf("%q: not read", s)
		}
	}
	for _, s := range []string{
		"", "202", "20222", "2022-", "2022-1", "2022-01-5", "2022-01-05T", "2022-01-05T14", "2022-01-05T14:3",
		"2022-01-05T14:30:", "2022-01-05T14:30:0", "2022-01-05T14:30:00.", "2022-01-05T14:30:00.Z",
		"2022-01-05T14:30Z0", "2022-01-05T14:30+1", "2022-01-05T14:30+01:0", "2022-01-05T14:30+01:000",
		"2022-01-05t14:30", "2022/01/05", " 2022", "2022 ", "2022-01-05T14:30:00+01:00\n", "２０２２",
	} {
		if checkMatchDate(t, s) {
			t.Errorf("%q: read", s)
		}
	}
}

// FuzzMatchDate: any string reads as the regexp reads it.
func FuzzMatchDate(f *testing.F) {
	for _, s := range []string{"2022-01-05T14:30:00.5+06:00", "2022-01-05 14:30Z", "2022-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkMatchDate(t, s) })
}

// BenchmarkParseDate: a feed's date, with its offset.
func BenchmarkParseDate(b *testing.B) {
	for range b.N {
		if _, err := ParseDate("2022-01-05T12:00:00+01:00", nil); err != nil {
			b.Fatal(err)
		}
	}
}
