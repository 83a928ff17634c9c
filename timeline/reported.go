package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"frise/timeline/expr"
	"frise/timeline/lang"
)

// reportedPeriods reads the phrases of business copy that count from the
// period its figures are for (endedQuarters, yearBefore,
// previousQuarter), and its rates (rates).
func reportedPeriods(a *Article, l *lang.Language, ms []Mention) {
	endedQuarters(a, l, ms)
	yearBefore(a, l, ms)
	previousQuarter(ms)
	rates(a, l, ms)
}

// endedQuarters places a quarter written with no year by the day the text
// says ends it: "the quarter ending Dec. 31", told in October, is the
// fourth quarter, not the last one ended; "the fiscal second quarter
// ended Dec. 31" is the calendar's fourth, the months the day gives (a
// company's fiscal quarters are its own).
func endedQuarters(a *Article, l *lang.Language, ms []Mention) {
	if l == nil || len(l.PeriodEnds) == 0 {
		return
	}
	for i := 0; i+1 < len(ms); i++ {
		e, d := &ms[i].Expr, ms[i+1].Expr
		if ms[i].Part || !reportPeriod(&ms[i]) || e.Year != 0 || e.Range != nil && !strings.HasPrefix(e.Timex, "XXXX-Q") {
			continue
		}
		if d.Month == 0 || d.Day == 0 || d.Range != nil || d.Hour.IsSet() || d.Type != expr.Date || ms[i+1].Span.Start < ms[i].Span.End {
			continue
		}
		gap := strings.Join(strings.Fields(Lower(a.Text[ms[i].Span.End:ms[i+1].Span.Start])), " ")
		for _, w := range l.PeriodEnds {
			if gap == w {
				// The day's own reading, at the quarter it falls in.
				d.Grain = expr.GrainQuarter
				*e = d
				break
			}
		}
	}
}

// previousQuarter reads "the previous quarter", "the prior quarter" (the
// grammar writes them as the quarter before the one the text tells of, a
// quarter counted back from the story's time: expr.AnchorPrev) with no
// quarter told before it as the one before the last quarter ended, the
// one results are reported for ("sales rose 6% from the previous
// quarter, to $88 million in the quarter ended Sept. 30", told in
// October: the second quarter).
func previousQuarter(ms []Mention) {
	for i := range ms {
		e := &ms[i].Expr
		if ms[i].Part || e.Type != expr.Date || e.Anchor != expr.AnchorPrev || e.Shift != (expr.Shift{N: -3, Unit: expr.Month}) ||
			e.Grain != expr.GrainQuarter || e.Range != nil || e.Timex != "" || e.Same {
			continue
		}
		if j := periodBefore(ms, i); j >= 0 && reportPeriod(&ms[j]) {
			continue // counted from that quarter (anchorIndex)
		}
		e.Anchor, e.Shift = expr.AnchorDoc, expr.Shift{N: -6, Unit: expr.Month}
	}
}

// monthTold reports whether m is a month a figure is for, in the
// sentence of the phrase p that compares it ("consumer prices rose 3.5%
// in April from a year earlier": that April a year before, as a
// quarter's; a month told sentences before is not that of the figure).
func monthTold(text string, m, p *Mention) bool {
	e := &m.Expr
	return !strings.Contains(text[m.Span.End:p.Span.Start], ". ") && e.Type.IsPoint() && e.Range == nil && e.Month > 0 && e.Day == 0 && !e.Weekday.IsSet() && !e.Hour.IsSet() &&
		e.Part == expr.NoPart && e.Season == 0 && e.Mod == expr.NoMod
}

// reportPeriod reports whether m is a quarter or a half: "the third
// quarter", "the quarter", "second-half".
func reportPeriod(m *Mention) bool {
	return isYearPart(m) || m.Expr.Type.IsPoint() && m.Expr.Range == nil && m.Expr.Grain == expr.GrainQuarter
}

// yearBefore reads "a year ago", "a year earlier", "last year", "the
// previous year" set right after a figure, in copy that told a quarter,
// a half or a month before it ("net income in the quarter rose to $5 million from
// $4 million a year ago", "36 cents a share last year", "up 4% from a
// year earlier", or opening a sentence that gives one: "A year earlier,
// it earned $4.1 million"), as TimeBank reads business copy: that period a year
// before (1988-Q3), not the year. The phrase becomes "the same period a
// year earlier" (expr.Expr.Same), counted from the period told
// (anchorIndex passes over the day that ends it: "the quarter ended
// Sept. 30"). Elsewhere ("the company was sold last year") the phrase
// keeps its year. "The year-ago quarter" after a quarter is that one's
// too; "a quarter earlier" after a figure is the quarter before it.
func yearBefore(a *Article, l *lang.Language, ms []Mention) {
	if l == nil || len(l.Amounts)+len(l.Compares) == 0 {
		return
	}
	for i := range ms {
		e := &ms[i].Expr
		if ms[i].Part {
			continue
		}
		quarter := quarterBack(e)
		if !yearAgoQuarter(e) {
			if !yearBack(e) && !quarter {
				continue
			}
			sp := ms[i].Span
			if rest := a.Text[sp.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
				continue // "last year's third quarter": a phrase of its own
			}
			if w := lastWord(a.Text[:sp.Start]); !amount(w, l) && !l.Compares[w] && !(opensSentence(a.Text, sp.Start) && figureAfter(a.Text[sp.End:], l)) {
				continue
			}
		}
		if j := periodBefore(ms, i); j < 0 || !reportPeriod(&ms[j]) && (quarter || !monthTold(a.Text, &ms[j], &ms[i])) {
			if !quarter && e.Lasts != "" && e.Anchor == expr.AnchorPrev {
				// "sales rose 5.5% from a year earlier", no period
				// told: the year the figure is compared with, a DATE as
				// TimeBank writes it, not the length P1Y.
				e.Lasts = ""
			}
			continue
		}
		if quarter {
			// "from $4.4 million a quarter earlier": the quarter before
			// the one told (anchorIndex counts from it).
			*e = expr.Expr{Type: expr.Date, Anchor: expr.AnchorPrev, Shift: expr.Shift{N: -3, Unit: expr.Month}, Grain: expr.GrainQuarter}
			continue
		}
		*e = expr.Expr{Type: expr.Date, Same: true, Anchor: expr.AnchorPrev, Grain: expr.GrainMonth,
			Then: expr.Shift{N: -1, Unit: expr.Year}}
	}
}

// quarterBack reports whether e is "a quarter earlier": three months
// back from the story's time, a length as TimeML writes it (P3M).
func quarterBack(e *expr.Expr) bool {
	return e.Type == expr.Date && e.Anchor == expr.AnchorPrev && e.Shift == expr.Shift{N: -3, Unit: expr.Month} &&
		e.Lasts == "P3M" && e.Range == nil && e.Timex == "" && !e.Same
}

// yearBack reports whether e is one year back and nothing else: "a year
// ago", "last year", "a year earlier", "the previous year", "from a year
// earlier" (a start only in the tagger's reading: a figure compared).
func yearBack(e *expr.Expr) bool {
	return e.Type == expr.Date && e.Shift == expr.Shift{N: -1, Unit: expr.Year} && e.Then == expr.Shift{} &&
		e.Year == 0 && e.Month == 0 && e.Day == 0 && !e.Weekday.IsSet() && !e.Hour.IsSet() && e.Range == nil &&
		e.Timex == "" && e.Mod == expr.NoMod && (e.Open == 0 || e.Open == 2) && e.Head == expr.Shift{} && !e.Same && e.Nth == 0 &&
		e.Part == expr.NoPart
}

// yearAgoQuarter reports whether e is "the year-ago quarter" with no
// period told: the quarter a year before the last one ended (the grammar
// writes it so; told after a quarter, it is that quarter's: "fourth-quarter
// profit will be even with the year-earlier level").
func yearAgoQuarter(e *expr.Expr) bool {
	return e.Type == expr.Date && e.Anchor == expr.AnchorDoc && e.Shift == expr.Shift{N: -15, Unit: expr.Month} &&
		e.Grain == expr.GrainQuarter && e.Range == nil && e.Timex == "" && !e.Same
}

// lastWord returns the word before (the text up to a phrase) ends with,
// lower case, a comma after it passed over ("or 36 cents, a year
// earlier"); "" at the end of a sentence.
func lastWord(before string) string {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	before = strings.TrimSuffix(before, ",")
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	j := len(before)
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:j])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' {
			break
		}
		j -= size
	}
	w := Lower(before[j:])
	if strings.HasSuffix(w, ".") && w != "vs." {
		return "" // the end of a sentence
	}
	return w
}

// figureAfter reports whether the sentence that goes on with rest gives
// an amount ("A year earlier, it earned $4.1 million"): a word that
// starts with "$", ends with "%", or is one of the language's Amounts.
func figureAfter(rest string, l *lang.Language) bool {
	for _, w := range strings.Fields(rest) {
		end := strings.ContainsAny(w[len(w)-1:], ".!?") && !strings.HasSuffix(w, "vs.")
		w = Lower(strings.TrimRight(w, ".,;:!?)\"”"))
		if strings.HasPrefix(w, "$") || strings.HasSuffix(w, "%") || l.Amounts[w] {
			return true
		}
		if end {
			return false
		}
	}
	return false
}

// amount reports whether w ends an amount: a number ("$4.1", "4%",
// "2,645.90") or one of the language's Amounts ("million", "share").
func amount(w string, l *lang.Language) bool {
	return strings.ContainsFunc(w, unicode.IsDigit) || l.Amounts[w]
}

// rates reads a count of one unit right after an amount as the rate it
// is, as TimeML writes it: "$50,000 a year", "5% a year", "300 tons a
// day" (SET P1Y, P1D), not a length.
func rates(a *Article, l *lang.Language, ms []Mention) {
	if l == nil {
		return
	}
	for i := range ms {
		e := &ms[i].Expr
		if ms[i].Part || e.Type != expr.Duration || e.Range != nil || e.Anchor != expr.AnchorNone {
			continue
		}
		switch e.Timex {
		case "P1Y", "P1M", "P1W", "P1D", "PT1H":
		default:
			continue
		}
		before := strings.TrimRightFunc(a.Text[:ms[i].Span.Start], unicode.IsSpace)
		if !strings.HasSuffix(before, ",") && amount(lastWord(before), l) {
			e.Type = expr.Set // not "in 1998, a year after the strike"
		}
	}
}

// periodBefore returns the period told last before mention i: the last
// point before it that is more than a day (a day that ends a period, "the
// quarter ended Sept. 30", is passed over), or -1 when a stretch ("the
// nine months") comes first, or none does.
func periodBefore(ms []Mention, i int) int {
	for j := i - 1; j >= 0; j-- {
		e := &ms[j].Expr
		switch {
		case ms[j].Part:
		case !e.Type.IsPoint():
			return -1
		case e.Range == nil && (e.Timex != "" || dayOrFiner(e)):
		default:
			return j
		}
	}
	return -1
}
