package timeline_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"frise/timeline"
	"frise/timeline/expr"
	"frise/timeline/fr"
	"frise/timeline/tag"
)

// phrase marks where a test expression sits in a test text.
type phrase struct {
	text string
	expr expr.Expr
}

// mentions places each phrase at its first occurrence after the previous one.
func mentions(tb testing.TB, text string, ps ...phrase) []timeline.Mention {
	tb.Helper()
	var ms []timeline.Mention
	from := 0
	for _, p := range ps {
		i := strings.Index(text[from:], p.text)
		if i < 0 {
			tb.Fatalf("phrase %q not in text after byte %d", p.text, from)
		}
		s := timeline.Span{Start: from + i, End: from + i + len(p.text)}
		ms = append(ms, timeline.Mention{Span: s, Text: p.text, Expr: p.expr, AnchorIndex: -1})
		from = s.End
	}
	return ms
}

func weekday(w int) expr.Expr {
	e := expr.Expr{Type: expr.Date}
	e.Anchor, e.Weekday, e.Grain = expr.AnchorDoc, expr.Some(w), expr.GrainDay
	return e
}

func night(w int) expr.Expr {
	e := weekday(w)
	e.Type, e.Part, e.Grain = expr.Time, expr.Night, expr.GrainPartOfDay
	return e
}

func shift(anchor expr.Anchor, n int) expr.Expr {
	e := expr.Expr{Type: expr.Date}
	e.Anchor, e.Shift, e.Grain = anchor, expr.Shift{N: n, Unit: expr.Day}, expr.GrainDay
	return e
}

func date(y, m, d int) expr.Expr {
	e := expr.Expr{Type: expr.Date}
	e.Year, e.Month, e.Day, e.Grain = y, m, d, expr.GrainDay
	return e
}

func month(m int) expr.Expr {
	e := expr.Expr{Type: expr.Date}
	e.Month, e.Grain = m, expr.GrainMonth
	return e
}

// on names the weekday of a date: "mardi 13".
func on(w int, e expr.Expr) expr.Expr {
	e.Weekday = expr.Some(w)
	if e.Month == 0 {
		e.Anchor = expr.AnchorDoc
	}
	return e
}

func article(tb testing.TB, date, text string, loc *time.Location) *timeline.Article {
	tb.Helper()
	a, err := timeline.NewArticle("test", date, text, loc)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// show writes a value as the tests compare it: TIMEX, interval, certainty, offset.
func show(v timeline.Value) string {
	s := fmt.Sprintf("%s %s %s/%s %s", v.Type, v.Timex, v.From.Format("2006-01-02T15:04Z07:00"), v.To.Format("2006-01-02T15:04Z07:00"), v.Certainty)
	if v.RelDay != nil {
		s += fmt.Sprintf(" J%+d", *v.RelDay)
	}
	return s
}

// The night is in an infinitive clause ("avant de s'étendre"), which has no
// tense of its own: read as past by policy, so inferred.
const story = "Les troubles ont éclaté dimanche avant de s'étendre dans la nuit de mardi à mercredi. L'état d'urgence a été décrété mercredi."

func storyMentions(tb testing.TB) []timeline.Mention {
	return mentions(tb, story,
		phrase{"dimanche", weekday(0)},
		phrase{"la nuit de mardi à mercredi", night(2)},
		phrase{"mercredi", weekday(3)},
	)
}

func TestResolveStory(t *testing.T) {
	day := []string{
		"DATE 2022-01-02 2022-01-02T00:00Z/2022-01-03T00:00Z exact",
		"TIME 2022-01-04TNI 2022-01-04T20:00Z/2022-01-05T06:00Z inferred",
		"DATE 2022-01-05 2022-01-05T00:00Z/2022-01-06T00:00Z exact",
	}
	tests := []struct {
		name, date string
		want       []string
	}{
		{"dated Wednesday", "2022-01-05", day},
		{"dated Thursday", "2022-01-06", day},
		{"dated with a time and offset", "2022-01-05T14:30:00+06:00", []string{
			"DATE 2022-01-02 2022-01-02T00:00+06:00/2022-01-03T00:00+06:00 exact",
			"TIME 2022-01-04TNI 2022-01-04T20:00+06:00/2022-01-05T06:00+06:00 inferred",
			"DATE 2022-01-05 2022-01-05T00:00+06:00/2022-01-06T00:00+06:00 exact",
		}},
		{"dated by month", "2022-01", []string{
			"DATE XXXX-XX-XX 2021-12-26T00:00Z/2022-01-24T00:00Z ambiguous J-3",
			"TIME XXXX-XX-XXTNI 2021-12-28T20:00Z/2022-01-26T06:00Z ambiguous J-1",
			"DATE XXXX-XX-XX 2021-12-29T00:00Z/2022-01-27T00:00Z ambiguous J+0",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, tc.date, story, nil)
			ms := storyMentions(t)
			timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: tensesOnly})
			var got []string
			for _, m := range ms {
				got = append(got, show(m.Value))
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("values (-want +got):\n%s", d)
			}
		})
	}
}

func TestResolveMonthStaysInsideWhatTheDateAllows(t *testing.T) {
	a := article(t, "2022-01", story, nil)
	ms := storyMentions(t)
	timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: tensesOnly})
	lo := time.Date(2021, 12, 26, 0, 0, 0, 0, time.UTC)
	hi := time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, m := range ms {
		if m.Value.From.Before(lo) || m.Value.To.After(hi) {
			t.Errorf("%q resolves to %s, outside [%s, %s)", m.Text, show(m.Value), lo, hi)
		}
		if m.Value.Certainty != timeline.Ambiguous || m.Value.Reason == "" {
			t.Errorf("%q is %s (%q), want ambiguous with a reason", m.Text, m.Value.Certainty, m.Value.Reason)
		}
	}
}

func TestResolvePinnedByAnchorOrText(t *testing.T) {
	a := article(t, "2022-01", story, nil)
	ms := storyMentions(t)
	ref := timeline.Resolve(a, ms, timeline.ResolveOptions{Languages: tensesOnly, Anchor: time.Date(2022, 1, 5, 0, 0, 0, 0, time.UTC)})
	if got := show(ms[0].Value); got != "DATE 2022-01-02 2022-01-02T00:00Z/2022-01-03T00:00Z exact" {
		t.Errorf("dimanche with anchor 2022-01-05: %s", got)
	}
	if ref.Timex != "2022-01-05" {
		t.Errorf("reference %s, want 2022-01-05", ref.Timex)
	}

	text := "Mercredi 12 janvier, le président a parlé. La veille, des troubles ont éclaté dimanche."
	ms = mentions(t, text,
		phrase{"Mercredi 12 janvier", func() expr.Expr { e := date(0, 1, 12); e.Weekday = expr.Some(3); return e }()},
		phrase{"La veille", shift(expr.AnchorPrev, -1)},
		phrase{"dimanche", weekday(0)},
	)
	ref = timeline.Resolve(article(t, "2022-01", text, nil), ms, timeline.ResolveOptions{Languages: tensesOnly})
	want := []string{"2022-01-12", "2022-01-11", "2022-01-09"}
	for i, m := range ms {
		if m.Value.Timex != want[i] {
			t.Errorf("%q = %s, want %s", m.Text, m.Value.Timex, want[i])
		}
	}
	if ref.Certainty != timeline.Inferred {
		t.Errorf("reference pinned by the text is %s, want inferred", ref.Certainty)
	}
}

func TestResolveDirection(t *testing.T) {
	tests := []struct {
		text, phrase string
		expr         expr.Expr
		prefer       expr.Direction
		want         string
	}{
		{"Le conseil se réunira jeudi.", "jeudi", weekday(4), 0, "2022-01-06"},
		{"Le conseil s'est réuni jeudi.", "jeudi", weekday(4), 0, "2021-12-30"},
		{"Le conseil devrait se réunir lundi.", "lundi", weekday(1), 0, "2022-01-10"},
		{"Le conseil se réunit lundi.", "lundi", weekday(1), expr.DirFuture, "2022-01-10"},
		{"Le conseil va statuer lundi.", "lundi", weekday(1), 0, "2022-01-10"},
		{"Il a parlé mercredi.", "mercredi", weekday(3), 0, "2022-01-05"},
		{"Il parlera mercredi.", "mercredi", weekday(3), 0, "2022-01-05"},
		{"Il connaissait mardi une panne.", "mardi", weekday(2), 0, "2022-01-04"},
		{"The council will meet on Thursday.", "Thursday", weekday(4), 0, "2022-01-06"},
		{"The council met on Thursday.", "Thursday", weekday(4), 0, "2021-12-30"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms := mentions(t, tc.text, phrase{tc.phrase, tc.expr})
			timeline.Resolve(article(t, "2022-01-05", tc.text, nil), ms, timeline.ResolveOptions{Languages: tensesOnly, Prefer: tc.prefer})
			if got := ms[0].Value.Timex; got != tc.want {
				t.Errorf("%q = %s, want %s", tc.phrase, got, tc.want)
			}
		})
	}
}

func TestResolveCalendar(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skip("no tz database:", err)
	}
	tests := []struct {
		name, date string
		loc        *time.Location
		expr       expr.Expr
		want       string
	}{
		// when sets month then day, so from 31 January it lands in March.
		{"28 February from 31 January", "2022-01-31", nil, date(0, 2, 28), "DATE 2022-02-28 2022-02-28T00:00Z/2022-03-01T00:00Z exact"},
		// 24-hour "days" go two days back across the spring DST change.
		{"yesterday after spring DST", "2022-03-28T00:30", paris, shift(expr.AnchorDoc, -1), "DATE 2022-03-27 2022-03-27T00:00+01:00/2022-03-28T00:00+02:00 exact"},
		{"monday from Thursday 2 January", "2020-01-02", nil, weekday(1), "DATE 2019-12-30 2019-12-30T00:00Z/2019-12-31T00:00Z inferred"},
		{"29 February in a leap year", "2024-03-02", nil, date(0, 2, 29), "DATE 2024-02-29 2024-02-29T00:00Z/2024-03-01T00:00Z exact"},
		{"30 February does not exist", "2024-03-02", nil, date(0, 2, 30), "  0001-01-01T00:00Z/0001-01-01T00:00Z exact"},
		{"5 January from late December", "2021-12-30", nil, date(0, 1, 5), "DATE 2022-01-05 2022-01-05T00:00Z/2022-01-06T00:00Z exact"},
		// A year left out, no tense to choose it: the nearest, inferred when
		// months away (the other one is nearly as near).
		{"12 February from January", "2022-01-05", nil, date(0, 2, 12), "DATE 2022-02-12 2022-02-12T00:00Z/2022-02-13T00:00Z exact"},
		{"20 June from January", "2022-01-05", nil, date(0, 6, 20), "DATE 2022-06-20 2022-06-20T00:00Z/2022-06-21T00:00Z inferred"},
		{"July from January", "2022-01-05", nil, month(7), "DATE 2022-07 2022-07-01T00:00Z/2022-08-01T00:00Z inferred"},
		{"20 June 2022 from January", "2022-01-05", nil, date(2022, 6, 20), "DATE 2022-06-20 2022-06-20T00:00Z/2022-06-21T00:00Z exact"},
		// A weekday the date does not fall on: the date is kept, not as exact.
		{"Wednesday 5 January 2022", "2022-01-10", nil, on(3, date(2022, 1, 5)), "DATE 2022-01-05 2022-01-05T00:00Z/2022-01-06T00:00Z exact"},
		{"Monday 5 January 2022", "2022-01-10", nil, on(1, date(2022, 1, 5)), "DATE 2022-01-05 2022-01-05T00:00Z/2022-01-06T00:00Z inferred"},
		{"Tuesday 13, no month fits", "2022-01-05", nil, on(2, date(0, 0, 13)), "DATE 2022-01-13 2022-01-13T00:00Z/2022-01-14T00:00Z inferred"},
		{"Tuesday 11, next week's", "2022-01-05", nil, on(2, date(0, 0, 11)), "DATE 2022-01-11 2022-01-11T00:00Z/2022-01-12T00:00Z exact"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// No verb, no programme ("rendez-vous X" would be one: a
			// weekday still to come): the calendar's default reading.
			text := "Selon la police, X."
			ms := mentions(t, text, phrase{"X", tc.expr})
			timeline.Resolve(article(t, tc.date, text, tc.loc), ms, timeline.ResolveOptions{Languages: tensesOnly})
			if got := show(ms[0].Value); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// TestResolveWeekdaySlip: a weekday its date does not fall on is said, in
// the reason, and only then.
func TestResolveWeekdaySlip(t *testing.T) {
	text := "Il est arrivé le lundi 5 janvier 2022 et reparti le mercredi 5 janvier 2022."
	ms := mentions(t, text, phrase{"lundi 5 janvier 2022", on(1, date(2022, 1, 5))}, phrase{"mercredi 5 janvier 2022", on(3, date(2022, 1, 5))})
	timeline.Resolve(article(t, "2022-01-10", text, nil), ms, timeline.ResolveOptions{Languages: tensesOnly})
	want := "the text names a Monday, but 5 January 2022 is a Wednesday: the date is kept, the weekday taken for a slip"
	if v := ms[0].Value; v.Reason != want || v.Certainty != timeline.Inferred {
		t.Errorf("%q: %s %q, want inferred %q", ms[0].Text, v.Certainty, v.Reason, want)
	}
	if v := ms[1].Value; v.Reason != "" || v.Certainty != timeline.Exact {
		t.Errorf("%q: %s %q, want exact, no reason", ms[1].Text, v.Certainty, v.Reason)
	}
}

// TestResolveWeekdayPicksItsYear: a weekday with a date and no year, told
// in the past, that fits none of the years around the article's takes the
// year before them where it fits, inferred; still to come, it stays a slip.
// Article dated Wednesday 12 January 2022.
func TestResolveWeekdayPicksItsYear(t *testing.T) {
	tg := tag.New(fr.All()...)
	for _, tc := range []struct{ text, phrase, timex, reason string }{
		{"Mardi 3 mars, le conseil municipal a voté le budget.", "Mardi 3 mars", "2020-03-03", "the last such date"},
		{"Le club avait battu Metz le mardi 5 mai.", "le mardi 5 mai", "2020-05-05", "the last such date"},
		{"Le conseil se réunira le mardi 3 mars.", "le mardi 3 mars", "2022-03-03", "slip"},
		{"Le conseil s'est réuni le mercredi 3 mars.", "le mercredi 3 mars", "2021-03-03", ""},
		{"Le conseil se réunit le jeudi 3 mars.", "le jeudi 3 mars", "2022-03-03", ""},
	} {
		for _, m := range phraseIn(t, tg, "fr", "2022-01-12", tc.text, tc.phrase, languagesOf) {
			v := m.Value
			if v.Timex != tc.timex || !strings.Contains(v.Reason, tc.reason) || (tc.reason != "") != (v.Certainty == timeline.Inferred) {
				t.Errorf("%q in %q: %s %s %q, want %s (%q)", tc.phrase, tc.text, v.Timex, v.Certainty, v.Reason, tc.timex, tc.reason)
			}
		}
	}
}

// TestResolveFarWithTense: a tense chooses the year of a month months
// away: exact, as the text says it.
func TestResolveFarWithTense(t *testing.T) {
	for text, want := range map[string]string{
		"Le festival a eu lieu en juillet.": "DATE 2021-07 2021-07-01T00:00Z/2021-08-01T00:00Z exact",
		"Le festival aura lieu en juillet.": "DATE 2022-07 2022-07-01T00:00Z/2022-08-01T00:00Z exact",
		"Le festival en juillet.":           "DATE 2022-07 2022-07-01T00:00Z/2022-08-01T00:00Z inferred",
	} {
		ms := mentions(t, text, phrase{"juillet", month(7)})
		timeline.Resolve(article(t, "2022-01-05", text, nil), ms, timeline.ResolveOptions{Languages: tensesOnly})
		if got := show(ms[0].Value); got != want {
			t.Errorf("%q: got %s, want %s", text, got, want)
		}
	}
}

func TestResolveVeilleCountsFromPreviousDate(t *testing.T) {
	text := "Le 12 janvier, il a signé. La veille, il avait hésité. Hier, il a parlé."
	ms := mentions(t, text,
		phrase{"Le 12 janvier", date(0, 1, 12)},
		phrase{"La veille", shift(expr.AnchorPrev, -1)},
		phrase{"Hier", shift(expr.AnchorDoc, -1)},
	)
	timeline.Resolve(article(t, "2022-01-20", text, nil), ms, timeline.ResolveOptions{Languages: tensesOnly})
	for i, want := range []string{"2022-01-12", "2022-01-11", "2022-01-19"} {
		if got := ms[i].Value.Timex; got != want {
			t.Errorf("%q = %s, want %s", ms[i].Text, got, want)
		}
	}
	if ms[1].AnchorIndex != 0 {
		t.Errorf("la veille anchored on %d, want 0", ms[1].AnchorIndex)
	}
}

// TestResolveMovedDate: a date a clause moves or fixes ("reportée au 3
// février") is the nearest such date whatever the tense of the
// announcement; a weekday moved is the next one.
func TestResolveMovedDate(t *testing.T) {
	for _, tc := range []struct {
		date, text, phrase string
		e                  expr.Expr
		want               string
	}{
		{"2022-01-12", "La réunion a été reportée au 3 février.", "3 février", date(0, 2, 3), "2022-02-03"},
		{"2022-02-10", "La réunion a été reportée au 3 février.", "3 février", date(0, 2, 3), "2022-02-03"},
		{"2022-01-12", "La réunion a été reportée à mardi.", "mardi", weekday(2), "2022-01-18"},
		{"2022-01-12", "Le 3 février, il a été arrêté.", "3 février", date(0, 2, 3), "2021-02-03"},
	} {
		ms := mentions(t, tc.text, phrase{tc.phrase, tc.e})
		timeline.Resolve(article(t, tc.date, tc.text, nil), ms, timeline.ResolveOptions{Languages: tensesOnly})
		if got := ms[0].Value.Timex; got != tc.want {
			t.Errorf("%q dated %s: %s, want %s", tc.text, tc.date, got, tc.want)
		}
	}
}
