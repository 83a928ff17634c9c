package timeline_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"frise/timeline"
	"frise/timeline/expr"
)

func readAll(tb testing.TB, name, in string, opt timeline.ReadOptions) ([]*timeline.Article, []error) {
	tb.Helper()
	var as []*timeline.Article
	var errs []error
	for a, err := range timeline.Articles(name, strings.NewReader(in), opt) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		as = append(as, a)
	}
	return as, errs
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string // want: timex grain from/to, or the error
	}{
		{"2022", "2022 year 2022-01-01T00:00:00Z/2023-01-01T00:00:00Z"},
		{"2022-01", "2022-01 month 2022-01-01T00:00:00Z/2022-02-01T00:00:00Z"},
		{"2022-01-05", "2022-01-05 day 2022-01-05T00:00:00Z/2022-01-06T00:00:00Z"},
		{"2022-01-05T14:30:00+06:00", "2022-01-05T14:30 minute 2022-01-05T14:30:00+06:00/2022-01-05T14:31:00+06:00"},
		{"2012-08-10T08:09:10.011+00:00", "2012-08-10T08:09 minute 2012-08-10T08:09:10Z/2012-08-10T08:10:10Z"},
		{"2022-01-05T14:30Z", "2022-01-05T14:30 minute 2022-01-05T14:30:00Z/2022-01-05T14:31:00Z"},
		{"2022-13", `malformed article date "2022-13": month out of range`},
		{"2022-02-30", `malformed article date "2022-02-30": day out of range`},
		{"2022-1-5", `malformed article date "2022-1-5": want YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][±hh:mm]`},
		{"hier", `malformed article date "hier": want YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][±hh:mm]`},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			v, err := timeline.ParseDate(tc.in, nil)
			got := ""
			if err != nil {
				got = err.Error()
				if !errors.Is(err, timeline.ErrBadDate) {
					t.Errorf("error %v is not ErrBadDate", err)
				}
			} else {
				got = v.Timex + " " + v.Grain.String() + " " + v.From.Format(time.RFC3339) + "/" + v.To.Format(time.RFC3339)
			}
			if got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestArticlesOnePerLine(t *testing.T) {
	in := " date 2022-01 Il a parlé mercredi. (Belga)\n\n" +
		"date 2022-01-05 Des troubles ont éclaté dimanche.\r\n" +
		"date 2022-13 Mauvaise date.\n" +
		"Pas de date ici.\n" +
		"date 2022-01-06\tLe calme est revenu (AFP)\n" +
		"date 2022-01-07   \n" +
		"date 2022-01-07 Le dernier (mot).\n"
	as, errs := readAll(t, "in.txt", in, timeline.ReadOptions{})
	type got struct{ ID, Date, Source, Text string }
	var gs []got
	for _, a := range as {
		gs = append(gs, got{a.ID, a.Date.Timex, a.Source, a.Text})
	}
	want := []got{
		{"in.txt:1", "2022-01", "Belga", "Il a parlé mercredi."},
		{"in.txt:3", "2022-01-05", "", "Des troubles ont éclaté dimanche."},
		{"in.txt:6", "2022-01-06", "", "Le calme est revenu (AFP)"},
		{"in.txt:8", "2022-01-07", "", "Le dernier (mot)."},
	}
	if d := cmp.Diff(want, gs); d != "" {
		t.Errorf("articles (-want +got):\n%s", d)
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	wantErr := []string{
		`in.txt:4:6: malformed article date "2022-13": month out of range`,
		`in.txt:5:1: ` + timeline.ErrNoDate.Error(),
		`in.txt:7:19: ` + timeline.ErrEmpty.Error(),
	}
	if d := cmp.Diff(wantErr, msgs); d != "" {
		t.Errorf("errors (-want +got):\n%s", d)
	}
}

func TestArticlesWholeFile(t *testing.T) {
	in := "date 2022-01-05T10:00:00+06:00\nPremière ligne.\nMardi, la police\na tiré. (Reuters)\n"
	as, errs := readAll(t, "a.txt", in, timeline.ReadOptions{})
	if len(errs) > 0 || len(as) != 1 {
		t.Fatalf("got %d articles, errors %v", len(as), errs)
	}
	a := as[0]
	if a.Source != "Reuters" || a.Text != "Première ligne.\nMardi, la police\na tiré." {
		t.Errorf("source %q text %q", a.Source, a.Text)
	}
	if got := a.Position(strings.Index(a.Text, "Mardi")).String(); got != "a.txt:3:1" {
		t.Errorf("position of Mardi: %s, want a.txt:3:1", got)
	}
	if got := a.Position(strings.Index(a.Text, "police")).String(); got != "a.txt:3:11" {
		t.Errorf("position of police: %s, want a.txt:3:11", got)
	}
	if _, off := a.Date.From.Zone(); off != 6*3600 {
		t.Errorf("zone offset %d, want the date's +06:00", off)
	}
}

func TestArticlesBadInput(t *testing.T) {
	tests := []struct {
		name, in string
		want     error
	}{
		{"invalid UTF-8", "date 2022-01-05 caf\xe9 noir\n", timeline.ErrEncoding},
		{"NUL bytes", "date 2022-01-05 a\x00b\n", timeline.ErrBinary},
		{"binary without date", "\x00\x01\x02\n", timeline.ErrBinary},
		{"HTML page", "<!DOCTYPE html><html><body>x</body></html>\n", timeline.ErrHTML},
		{"no date", "Le président a parlé.\n", timeline.ErrNoDate},
		{"date alone then nothing", "date 2022-01-05\n\n", timeline.ErrEmpty},
		{"too large", "date 2022-01-05 " + strings.Repeat("mardi ", 100) + "\n", timeline.ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := readAll(t, "bad.txt", tc.in, timeline.ReadOptions{MaxBytes: 200})
			if len(errs) != 1 || !errors.Is(errs[0], tc.want) {
				t.Fatalf("errors %v, want one %v", errs, tc.want)
			}
			var pe *timeline.ParseError
			if !errors.As(errs[0], &pe) || pe.Pos.File != "bad.txt" || pe.Pos.Line < 1 {
				t.Errorf("error %v does not name file and line", errs[0])
			}
		})
	}
}

func TestArticlesGoodSurviveBad(t *testing.T) {
	in := "date 2022-01-05 Un.\n" + "date 2022-01-05 caf\xe9\n" + "date 2022-01-05 " + strings.Repeat("x", 300) + "\n" + "date 2022-01-05 Deux.\n"
	as, errs := readAll(t, "mix.txt", in, timeline.ReadOptions{MaxBytes: 100})
	if len(as) != 2 || len(errs) != 2 {
		t.Fatalf("got %d articles and %d errors, want 2 and 2: %v", len(as), len(errs), errs)
	}
	if as[1].Text != "Deux." || as[1].ID != "mix.txt:4" {
		t.Errorf("last article %q %s", as[1].Text, as[1].ID)
	}
}

func TestNewArticleNormalisesAndMapsOffsets(t *testing.T) {
	decomposed := "Le 5 janvier, e\u0301te\u0301 mardi."
	a, err := timeline.NewArticle("x", "2022-01-05", decomposed, nil)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(a.Text, "mardi")
	if got := decomposed[a.OrigOffset(i):a.OrigOffset(i+len("mardi"))]; got != "mardi" {
		t.Errorf("mapped back to %q", got)
	}
	if a.Text != "Le 5 janvier, été mardi." {
		t.Errorf("text not NFC: %q", a.Text)
	}
}

func TestJSONLArticles(t *testing.T) {
	in := `{"id":"a1","date":"2022-01-05","text":"Les troubles ont éclaté dimanche.","source":"AFP","url":"https://example.org/a1","extra":{"x":1}}
not json
{"id":"a3","text":"pas de date"}
{"id":"a4","date":"2022-13","text":"x"}

{"date":"2022-01","title":"Etat d'urgence mercredi","text":"Le pays est calme.","lang":"fr"}
`
	var got []string
	var errs []string
	for a, err := range timeline.JSONLArticles("c.jsonl", strings.NewReader(in), timeline.ReadOptions{}) {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		got = append(got, a.ID+"|"+a.Source+"|"+a.URL+"|"+a.Date.Timex+"|"+a.Text)
	}
	want := []string{
		"a1|AFP|https://example.org/a1|2022-01-05|Les troubles ont éclaté dimanche.",
		"c.jsonl:6|||2022-01|Etat d'urgence mercredi\nLe pays est calme.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("articles:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for i, line := range []string{"c.jsonl:2:", "c.jsonl:3:", "c.jsonl:4:"} {
		if i >= len(errs) || !strings.HasPrefix(errs[i], line) {
			t.Errorf("errors %q: want one starting %q", errs, line)
		}
	}
}

// TestCreditAfterALongText: the agency credit is found at the end of a
// long article (it is sought in the last bytes only), and a text that
// does not end with one keeps its last parenthesis.
func TestCreditAfterALongText(t *testing.T) {
	long := strings.Repeat("Les manifestants ont défilé dans la ville. ", 500)
	a, err := timeline.NewArticle("a", "2022-01-05", long+"Mardi, la police a tiré. (AFP)  \n", nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Source != "AFP" || !strings.HasSuffix(a.Text, "la police a tiré.") {
		t.Errorf("source %q, text ends %q", a.Source, a.Text[len(a.Text)-30:])
	}
	b, err := timeline.NewArticle("b", "2022-01-05", long+"Il a parlé (longuement)", nil)
	if err != nil {
		t.Fatal(err)
	}
	if b.Source != "" || !strings.HasSuffix(b.Text, "(longuement)") {
		t.Errorf("source %q, text ends %q", b.Source, b.Text[len(b.Text)-30:])
	}
}

// TestPositions: Positions gives what Position gives, at every offset of a
// text of several lines with accents, in ascending order, and when asked
// out of order (back within a line, back to an earlier line).
func TestPositions(t *testing.T) {
	in := "date: 2022-01-05\nL'été dernier, à Almaty.\n\nMardi, la police a tiré. Élections prévues le 3 mars.\nFin"
	as, errs := readAll(t, "a.txt", in, timeline.ReadOptions{})
	if len(errs) > 0 || len(as) != 1 {
		t.Fatal(errs)
	}
	a := as[0]
	pos := a.Positions()
	for off := 0; off <= len(a.Text)+2; off++ {
		if got, want := pos(off), a.Position(off); got != want {
			t.Fatalf("offset %d: %v, want %v", off, got, want)
		}
	}
	pos = a.Positions()
	for _, off := range []int{30, 12, 13, 50, 49, 3, len(a.Text) - 1, 0} {
		if got, want := pos(off), a.Position(off); got != want {
			t.Fatalf("offset %d out of order: %v, want %v", off, got, want)
		}
	}
	b, err := timeline.NewArticle("j", "2022-01-05", strings.Repeat("Hier, à l'aube, ", 50), nil)
	if err != nil {
		t.Fatal(err)
	}
	pos = b.Positions()
	for off := 0; off < len(b.Text); off += 7 {
		if got, want := pos(off), b.Position(off); got != want {
			t.Fatalf("one line, offset %d: %v, want %v", off, got, want)
		}
	}
}

// TestParseDateTimex: the TIMEX3 value of an article date is its start
// as written in its zone, whatever the zone: UTC, an offset, or one that
// changes its time (a clock it skips moves on).
func TestParseDateTimex(t *testing.T) {
	zones := []*time.Location{nil, time.UTC, time.FixedZone("", -9*3600-1800)}
	if l, err := time.LoadLocation("Europe/Paris"); err == nil {
		zones = append(zones, l)
	}
	layouts := map[expr.Granularity]string{expr.GrainYear: "2006", expr.GrainMonth: "2006-01", expr.GrainDay: "2006-01-02", expr.GrainMinute: "2006-01-02T15:04"}
	for _, loc := range zones {
		for _, in := range []string{"0001", "9999-12", "2022-03-27", "2022-03-27T02:30", "2022-03-27T02:30:59", "2022-10-30T02:30",
			"2022-01-05T23:59:00+14:00", "2022-01-05T00:00-12:00", "9999-12-31T23:59Z", "0001-01-01T00:00+01:00", "2024-02-29T12:07:08.5+05:45"} {
			v, err := timeline.ParseDate(in, loc)
			if err != nil {
				t.Fatalf("%s in %v: %v", in, loc, err)
			}
			if want := v.From.Format(layouts[v.Grain]); v.Timex != want {
				t.Errorf("%s in %v: %s, want %s (%v)", in, loc, v.Timex, want, v.From)
			}
		}
	}
}
