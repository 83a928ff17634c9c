package timeline_test

import (
	"strings"
	"testing"

	"frise/timeline/en"
	"frise/timeline/tag"
)

// TestReportedPeriods: a rate is a SET; "the previous quarter" is the one before the
// quarter told, or before the last one ended; "a year ago", "last year", "a year earlier" right after a
// figure, in copy that told a quarter or a half, are that period a year
// before, as TimeBank writes business copy; elsewhere they keep the year.
// Articles dated Thursday 26 October 1989 unless given.
func TestReportedPeriods(t *testing.T) {
	tg := tag.New(en.All()...)
	for _, tc := range []struct {
		date, text, phrase, timex string
	}{
		{"", "Revenue in the quarter rose to $2.3 billion from $2.1 billion a year ago.", "a year ago", "1988-Q3"},
		{"", "Third-quarter profit was $9 million, or 40 cents a share, against 31 cents a share last year.", "last year", "1988-Q3"},
		{"", "Net income in the quarter ended Sept. 30 was $4 million, compared with $3.2 million, a year earlier.", "a year earlier", "1988-Q3"},
		{"", "Second-half sales rose 7% from a year earlier.", "a year earlier", "1988-H2"},
		{"1990-02-06", "Fourth-quarter profit fell 30%, to 22 cents a share from 31 cents a year ago.", "a year ago", "1988-Q4"},
		{"", "Fourth-quarter profit should be about even with year-earlier levels.", "year-earlier levels", "1988-Q4"},
		{"", "The year-ago quarter included a gain.", "The year-ago quarter", "1988-Q3"},
		{"", "Sales rose 6% from the previous quarter, to $88 million.", "the previous quarter", "1989-Q2"},
		{"", "Third-quarter sales rose 6% from the preceding quarter.", "the preceding quarter", "1989-Q2"},
		{"1990-02-06", "Fourth-quarter sales fell 2% from the prior quarter.", "the prior quarter", "1989-Q3"},
		{"", "Sales in the first quarter rose 6% from the previous quarter.", "the previous quarter", "1988-Q4"},
		{"", "Third-quarter profit rose to $5 million from $4.4 million a quarter earlier.", "a quarter earlier", "1989-Q2"},
		{"", "Results for the quarter ending Dec. 31 will be weak.", "the quarter", "1989-Q4"},
		{"1990-01-24", "The software maker said results for the fiscal second quarter ended Dec. 31 fell short.", "the fiscal second quarter", "1989-Q4"},
		{"", "Net income for the quarter ended Sept. 30 rose 5%.", "the quarter", "1989-Q3"},
		{"", "Third-quarter net rose 8%. Earnings per share for the period were 45 cents.", "for the period", "1989-Q3"},
		{"", "The company lost $2 million in its fiscal first quarter, compared with net income of $1.2 million a year earlier.", "a year earlier", "1988-Q1"},
		{"", "Third-quarter net income rose 8%. A year earlier, the company earned $4.1 million.", "A year earlier", "1988-Q3"},
		{"", "Third-quarter net income rose 8%. A year ago, the company sold its food unit.", "A year ago", "-"},
		// A month a figure is for, in its sentence: that month a year
		// before; told sentences before, not.
		{"2006-05-17", "Consumer prices rose 3.5 percent in April from a year earlier.", "a year earlier", "2005-04"},
		{"2006-05-17", "Exports fell to $12 billion in March from $14 billion a year ago.", "a year ago", "2005-03"},
		{"2006-05-17", "In March, the company said it would close the plant. Sales had fallen 8% from last year.", "last year", "-"},
		// A rate: SET.
		{"2013-03-22", "He earns $50,000 a year.", "a year", "SET P1Y"},
		{"2013-03-22", "The mine produces 300 tons a day.", "a day", "SET P1D"},
		{"2013-03-22", "Prices have risen 5% a year.", "a year", "SET P1Y"},
		{"2013-03-22", "The case took less than a year.", "less than a year", "DURATION P1Y"},
		{"2013-03-22", "The mine closed in 1998, a year after the strike.", "a year after", "DATE 1999"}, // no rate: the year after (TIMEX3 P1Y)
		{"", "Earnings per share for the period were 45 cents.", "for the period", "-"},
		// No period told, or no figure: the year ("-": not read as the period told).
		{"", "Sales rose to $2.3 billion from $2.1 billion a year ago.", "a year ago", "-"},
		{"", "Third-quarter profit rose. The company sold its food unit last year.", "last year", "-"},
		// A stretch told after the quarter: not the quarter's figures.
		{"", "Third-quarter profit rose 5%. For the nine months, profit was $30 million against $28 million last year.", "last year", "-"},
	} {
		date := tc.date
		if date == "" {
			date = "1989-10-26"
		}
		for _, m := range phraseIn(t, tg, "en", date, tc.text, tc.phrase, languagesOf) {
			if tc.timex == "-" && m.Expr.Same && m.Value.Timex != "" {
				t.Errorf("%q in %q: %s, read as the period told before", tc.phrase, tc.text, m.Value.Timex)
			}
			typ, timex, ok := strings.Cut(tc.timex, " ")
			if !ok {
				typ, timex = "DATE", tc.timex
			}
			if tc.timex != "-" && (m.Value.Timex != timex || string(m.Value.Type) != typ) {
				t.Errorf("%q in %q: %s %s, want DATE %s", tc.phrase, tc.text, m.Value.Type, m.Value.Timex, tc.timex)
			}
		}
	}
}
