package pipeline_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"frise/timeline/pipeline"
)

// TestTagRangeEnds: a range is written as its two ends, as TIMEX3
// annotates it, each with its own value, the range's value and stretch
// beside it; an end no phrase reads is the number left on its side.
func TestTagRangeEnds(t *testing.T) {
	p := pipeline.New(pipeline.Options{})
	for _, tc := range []struct {
		lang, date, text string
		want             []string // text value [from, to) range
	}{
		{"fr", "2022-01-05", "La mairie restera fermée de 18 h à 23 h samedi.", []string{
			"18 h 2022-01-08T18:00 [2022-01-08T18:00, 2022-01-08T23:00) 2022-01-08T18:00/2022-01-08T23:00",
			"à 23 h 2022-01-08T23:00 [2022-01-08T18:00, 2022-01-08T23:00) 2022-01-08T18:00/2022-01-08T23:00",
			"samedi 2022-01-08 [2022-01-08T00:00, 2022-01-09T00:00) ",
		}},
		{"fr", "2003-03-10", "Le salon se tiendra du 2 au 5 avril à Nancy.", []string{
			"2 2003-04-02 [2003-04-02T00:00, 2003-04-06T00:00) 2003-04-02/2003-04-05",
			"au 5 avril 2003-04-05 [2003-04-02T00:00, 2003-04-06T00:00) 2003-04-02/2003-04-05",
		}},
		{"fr", "2003-03-14", "Les syndicats ont manifesté entre lundi et mercredi.", []string{
			"lundi 2003-03-10 [2003-03-10T00:00, 2003-03-13T00:00) 2003-03-10/2003-03-12",
			"mercredi 2003-03-12 [2003-03-10T00:00, 2003-03-13T00:00) 2003-03-10/2003-03-12",
		}},
		{"en", "2003-03-10", "The plant was shut from 1998 to 2001.", []string{
			"1998 1998 [1998-01-01T00:00, 2002-01-01T00:00) 1998/2001",
			"2001 2001 [1998-01-01T00:00, 2002-01-01T00:00) 1998/2001",
		}},
		{"en", "2003-03-10", "On March 14, the bar stays open from 10 p.m. to 2 a.m.", []string{
			"March 14 2003-03-14 [2003-03-14T00:00, 2003-03-15T00:00) ",
			"from 10 p.m. 2003-03-14T22:00 [2003-03-14T22:00, 2003-03-15T02:00) 2003-03-14T22:00/2003-03-15T02:00",
			"2 a.m. 2003-03-15T02:00 [2003-03-14T22:00, 2003-03-15T02:00) 2003-03-14T22:00/2003-03-15T02:00",
		}},
		{"en", "2003-03-10", "The 1990s were good to him.", []string{
			"The 1990s 199 [1990-01-01T00:00, 2000-01-01T00:00) ", // one period, one TIMEX3
		}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			tags, err := p.Tag(context.Background(), pipeline.TagInput{ID: "x", Date: tc.date, Lang: tc.lang, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range tags.Mentions {
				if tc.text[m.Span[0]:m.Span[1]] != m.Text {
					t.Errorf("span %v is %q, not %q", m.Span, tc.text[m.Span[0]:m.Span[1]], m.Text)
				}
				got = append(got, fmt.Sprintf("%s %s [%s, %s) %s", m.Text, m.Value, short(m.From), short(m.To), m.Range))
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

// short is an RFC 3339 instant to the minute, its zone (UTC here) dropped.
func short(s string) string { return s[:min(len(s), len("2006-01-02T15:04"))] }

// TestTagAnchoredDurations: a count anchored to a time is written as the
// DURATION TimeML writes, the day it names in from and to; a count back
// from the article ("two weeks ago") stays the date.
func TestTagAnchoredDurations(t *testing.T) {
	p := pipeline.New(pipeline.Options{})
	for _, tc := range []struct {
		date, text string
		want       []string // text type value [from, to)
	}{
		{"2004-03-10", "The mine will close in three years, the union said.", []string{
			"in three years DURATION P3Y [2007-03-10T00:00, 2007-03-11T00:00)",
		}},
		{"2004-03-10", "The strike began on Feb. 2. A week earlier, talks had failed.", []string{
			"Feb. 2 DATE 2004-02-02 [2004-02-02T00:00, 2004-02-03T00:00)",
			"A week earlier DURATION P1W [2004-01-26T00:00, 2004-01-27T00:00)",
		}},
		{"2004-03-10", "The dam was finished in 1998 and burst two years later.", []string{
			"in 1998 DATE 1998 [1998-01-01T00:00, 1999-01-01T00:00)",
			"two years later DURATION P2Y [2000-01-01T00:00, 2001-01-01T00:00)",
		}},
		{"2004-03-10", "The minister resigned two weeks ago.", []string{
			"two weeks ago DATE 2004-02-25 [2004-02-25T00:00, 2004-02-26T00:00)",
		}},
		// TimeML writes years and months ago at their unit; from and to
		// keep the day counted.
		{"2004-03-10", "The plant opened ten years ago and closed two months ago.", []string{
			"ten years ago DATE 1994 [1994-03-10T00:00, 1994-03-11T00:00)",
			"two months ago DATE 2004-01 [2004-01-10T00:00, 2004-01-11T00:00)",
		}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			tags, err := p.Tag(context.Background(), pipeline.TagInput{ID: "x", Date: tc.date, Lang: "en", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range tags.Mentions {
				got = append(got, fmt.Sprintf("%s %s %s [%s, %s)", m.Text, m.Type, m.Value, short(m.From), short(m.To)))
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}
