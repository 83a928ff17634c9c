package tag

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"frise/timeline"
	"frise/timeline/expr"
	"frise/timeline/lang"
)

// joins is a language's lang.Joins, ready for the tagger to read.
type joins struct {
	j lang.Joins
	// rangeStarts holds RangeStarts and BetweenStarts, rangeLinks
	// RangeLinks and the dashes.
	rangeStarts, rangeLinks, betweenStarts, betweenLinks map[string]bool
	rangeGap                                             int // the longest gap a range link stands in
	opens                                                []open
	openWords                                            []string  // the one-word cues
	openFirst                                            [256]bool // their first bytes, as openWord reads them
	// openLast tells the last words of the cues by their length and
	// first byte (openLong: one is longer): most words before a phrase
	// are none, told so without a word compared.
	openLast                      [16][4]uint64
	openLong                      bool
	after, before, from           map[string]bool
	countLen                      int // the longest of them
	hoursSince, at, notAt, on, of []string
	ofLen                         int // the longest of of
	partOfDay                     map[string]bool
	noEvent                       map[string]bool
}

// open is a cue of an open range, its words in order.
type open struct {
	words []string
	side  lang.Side
}

// maxOpenWords bounds the words of a cue of an open range.
const maxOpenWords = 4

func set(lists ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range l {
			m[w] = true
		}
	}
	return m
}

func longest(min int, lists ...[]string) int {
	n := min
	for _, l := range lists {
		for _, w := range l {
			n = max(n, len(w))
		}
	}
	return n
}

// joinsOf reads l's words; a cue of more than maxOpenWords words is a
// mistake of the language's tables.
func joinsOf(l lang.Joins) *joins {
	j := &joins{j: l,
		rangeStarts: set(l.RangeStarts, l.BetweenStarts), rangeLinks: set(l.RangeLinks, dashes),
		betweenStarts: set(l.BetweenStarts), betweenLinks: set(l.BetweenLinks),
		// A link and the blanks around it, or its comma; at least 12
		// bytes, whatever the language's links (", through " passes).
		rangeGap: longest(10, l.RangeLinks) + 2,
		after:    set(l.After), before: set(l.Before), from: set(l.From),
		countLen:   longest(0, l.After, l.Before, l.From),
		hoursSince: l.HoursSince, at: l.At, notAt: l.NotAt, on: l.On, of: l.Of,
		ofLen:     longest(0, l.Of),
		partOfDay: set(l.PartOfDay),
		noEvent:   set(l.NoEvent),
	}
	for _, o := range l.Opens {
		ws := strings.Fields(o.Words)
		if len(ws) == 0 || len(ws) > maxOpenWords {
			panic(fmt.Sprintf("tag: open-range cue %q: 1 to %d words", o.Words, maxOpenWords))
		}
		j.opens = append(j.opens, open{words: ws, side: o.Side})
		if last := ws[len(ws)-1]; len(last) < len(j.openLast) {
			j.openLast[len(last)][last[0]/64] |= 1 << (last[0] % 64)
		} else {
			j.openLong = true
		}
		if len(ws) == 1 {
			j.openWords = append(j.openWords, ws[0])
			j.openFirst[ws[0][0]|0x20] = true
		}
	}
	return j
}

// dashes link two dates with no word before them: "8/10/2012 - 8/15/2012".
var dashes = []string{"-", "–"}

// join reads a day and a time of day written side by side as TIMEX3
// annotates them. "hier à 10 h", "le 12 juillet à 19:00", "tomorrow at
// 5pm", "5 May 12:00", "le 17 de 14 h à 16 h", "le 8 au soir", "dans la
// soirée de samedi" are one phrase: the time on that day. Elsewhere
// ("mardi vers 21 h 45", "samedi 4 janvier, à 18 h 30") they stay two
// phrases, and a time written before its day ("vers 15 h 30, hier") takes
// that day, since a time otherwise counts from the date mentioned before.
//
// It joins in place: ms, in text order, is overwritten.
func (j *joins) join(text string, ms []timeline.Mention) []timeline.Mention {
	w := 0 // written behind what is read; mentions are read by pointer, not copied
	var e expr.Expr
	for i := 0; i < len(ms); i++ {
		m := &ms[i]
		if i+1 < len(ms) {
			b := &ms[i+1]
			gap := text[m.Span.End:b.Span.Start]
			if start, ok := j.rangeOf(text, m, b, gap, &e); ok {
				ms[w] = joined(text, m, b, e)
				ms[w].Span.Start = start
				ms[w].Text = text[start:b.Span.End]
				w++
				i++
				continue
			}
			if j.together(m, b, gap, &e) {
				apart := j.j.ClockApart && isDay(&m.Expr) && (m.Expr.Day > 0 || m.Expr.Weekday.IsSet()) && isClock(&b.Expr)
				ms[w] = joined(text, m, b, e)
				ms[w].Joined = apart
				ms[w].Expr.Open = j.openOf(text, &ms[w])
				w++
				i++
				continue
			}
			if i+2 < len(ms) && b.Expr.Zone != "" {
				j.asideDay(text, m, b, &ms[i+2]) // "at 3:15 a.m. (0815 GMT) on Monday"
			}
			if isClock(&m.Expr) && isDay(&b.Expr) && (onlySpace(gap) || j.onGap(gap)) {
				m.Expr = onDay(b.Expr, m.Expr) // "vers 15 h 30, hier", "at 10 p.m. on Jan. 9"
			}
			if isClock(&m.Expr) && onlySpace(gap) {
				clockOnPart(m, b) // "à 6 heures demain matin", "à 9 heures ce soir"
			}
			if isClockRange(&m.Expr) && (onlySpace(gap) || j.onGap(gap)) {
				if d, ok := dayOf(b.Expr); ok {
					// "de 14 h à 16 h mardi", "from 3 to 5 p.m. Tuesday",
					// "from 3:30 to 5:55 on 1/1/2015": the hours of that day.
					r := *m.Expr.Range
					m.Expr.Range = &[2]expr.Expr{onDay(d, r[0]), onDay(d, r[1])}
				}
			}
		}
		if i+1 < len(ms) && (i+2 == len(ms) || !onlySpace(text[ms[i+1].Span.End:ms[i+2].Span.Start])) {
			// A phrase right after the second ("every Tuesday and
			// Thursday 19:00 - 21:00") may be read with it: left alone.
			j.setAlso(text, m, &ms[i+1])
		}
		j.countBeforeEvent(text, m)
		m.Expr.Open = j.openOf(text, m)
		if w != i {
			ms[w] = *m
		}
		w++
	}
	return ms[:w]
}

// setAlso makes b a SET when it is coordinated with the SET m before it
// and names the same kind of thing: "every March and September", "chaque
// lundi et jeudi" repeat September and Thursday too, none of them placed.
func (j *joins) setAlso(text string, m, b *timeline.Mention) {
	v := m.Expr.Timex
	if m.Expr.Type != expr.Set || !strings.HasPrefix(v, "XXXX-") || !j.andGap(text[m.Span.End:b.Span.Start]) {
		return
	}
	e := &b.Expr
	if !e.Type.IsPoint() || e.Range != nil || e.Timex != "" || e.Year != 0 || e.Day != 0 || e.Hour.IsSet() || e.Shift.N != 0 || e.Mod != expr.NoMod || e.Part != expr.NoPart {
		return
	}
	switch {
	case len(v) == len("XXXX-08") && v[5] >= '0' && v[5] <= '9' && e.Month > 0 && !e.Weekday.IsSet():
		*e = expr.Expr{Type: expr.Set, Timex: fmt.Sprintf("XXXX-%02d", e.Month)}
	case strings.HasPrefix(v, "XXXX-WXX-") && len(v) == len("XXXX-WXX-1") && e.Weekday.IsSet() && e.Month == 0:
		d, _ := e.Weekday.Get()
		if d == 0 {
			d = 7
		}
		*e = expr.Expr{Type: expr.Set, Timex: fmt.Sprintf("XXXX-WXX-%d", d)}
	}
}

// andGap: gap is a link of two alike phrases, alone or with the language's
// "of" ("every March and September", "chaque mois de mars et de
// septembre", "et d'octobre").
func (j *joins) andGap(gap string) bool {
	g := strings.ToLower(strings.TrimSpace(gap))
	if j.betweenLinks[g] {
		return true
	}
	for _, o := range j.of {
		if rest, ok := strings.CutSuffix(g, o); ok && j.betweenLinks[strings.TrimSpace(rest)] && (strings.HasSuffix(rest, " ") || !isLetterEnd(o)) {
			return true
		}
	}
	return false
}

// isLetterEnd: w ends with a letter, so needs a blank before the next word.
func isLetterEnd(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return unicode.IsLetter(r)
}

// letterWords is the first two of strings.FieldsFunc(s, not a letter),
// "" for those s has not: read as far as the second ends, not to the end
// of the article.
func letterWords(s string) (w0, w1 string) {
	var words [2]string
	n, start := 0, -1
	for i := 0; i < len(s) && n < 2; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			words[n], start = s[start:i], -1
			n++
		}
		i += size
	}
	if n < 2 && start >= 0 {
		words[n] = s[start:]
	}
	return words[0], words[1]
}

// asideDay reads a time, the same time in another zone in parentheses,
// then the day, as wire copy writes them: "at 3:15 a.m. (0815 GMT) on
// Monday", "à 3h15 (02h15 GMT) lundi". Both times are that day's: the
// first on it, the one in parentheses on the day its offset from the
// first puts it (the day before or after, past midnight: "at 1 a.m.
// (2300 GMT) on Monday" is Sunday 23:00 GMT), an offset being between
// -12 and +14 hours. It reports whether it put them there, in m and b.
func (j *joins) asideDay(text string, m, b, c *timeline.Mention) bool {
	if !isClock(&m.Expr) || m.Expr.Zone != "" || !isClock(&b.Expr) || b.Expr.Zone == "" || !isDay(&c.Expr) || c.Expr.Then.N != 0 {
		return false
	}
	if strings.TrimSpace(text[m.Span.End:b.Span.Start]) != "(" {
		return false
	}
	rest, closed := strings.CutPrefix(strings.TrimLeft(text[b.Span.End:c.Span.Start], " "), ")")
	if !closed || !onlySpace(rest) && !j.onGap(rest) {
		return false
	}
	local, aside := onDay(c.Expr, m.Expr), onDay(c.Expr, b.Expr)
	mh, _ := m.Expr.Hour.Get()
	bh, _ := b.Expr.Hour.Get()
	switch off := (mh-bh)*60 + m.Expr.Minute - b.Expr.Minute; {
	case off > 14*60: // 23:30 local is 00:30 GMT: local time is behind
		aside.Then = expr.Shift{N: 1, Unit: expr.Day}
	case off < -12*60: // 01:00 local is 23:00 GMT: ahead
		aside.Then = expr.Shift{N: -1, Unit: expr.Day}
	}
	m.Expr, b.Expr = local, aside
	return true
}

// clockOnPart puts the time of day m on the day of b, a part of a day
// written after it ("à 6 heures demain matin", "at 8 tomorrow evening"):
// that day, in that part of it, an hour before noon read after noon in
// the afternoon and the evening ("à 9 heures ce soir" is 21:00). A night
// straddles two days and is left alone.
func clockOnPart(m, b *timeline.Mention) {
	p := b.Expr.Part
	if p != expr.Morning && p != expr.Afternoon && p != expr.Evening || b.Expr.Hour.IsSet() || b.Expr.Range != nil {
		return
	}
	c := m.Expr
	if h, ok := c.Hour.Get(); ok && h < 12 && p != expr.Morning {
		c.Hour = expr.Some(h + 12)
	}
	if isPartOnly(&b.Expr) {
		m.Expr = c // "à 9 heures ce soir-là": both on the day mentioned before
		return
	}
	d := b.Expr
	if d.Anchor == expr.AnchorDoc && d.Shift == (expr.Shift{}) && d.Day == 0 && !d.Weekday.IsSet() && d.Month == 0 && d.Year == 0 {
		d.Shift.Unit = expr.Day // "ce soir": the story day's
	}
	if d, ok := dayOf(d); ok {
		m.Expr = onDay(d, c)
	}
}

// countBeforeEvent reads "a day after the forecast", "deux jours avant
// l'annonce": a count ending in "after", "avant"… that no date follows
// counts from an event the text names, not from the story's last date. It
// is the length between them (a DURATION), not a day. Followed by a
// punctuation mark ("Deux jours après, la police…") the word is an adverb,
// and the phrase a day counted from the story. It makes m that length.
func (j *joins) countBeforeEvent(text string, m *timeline.Mention) {
	e := &m.Expr
	if e.Anchor != expr.AnchorPrev || e.Shift.N == 0 || e.Shift.Unit < expr.Minute || e.Range != nil {
		return
	}
	if !j.endsCounting(m.Text, false) {
		return
	}
	rest := strings.TrimLeft(text[m.Span.End:], " \t\u00a0")
	next, _ := utf8.DecodeRuneInString(rest)
	if !isWord(next) {
		return
	}
	if w0, w1 := letterWords(rest); w0 != "" &&
		(j.noEvent[strings.ToLower(w0)] || w1 != "" && j.noEvent[strings.ToLower(w0+" "+w1)]) {
		return // "said the day before that it would": no event follows
	}
	n := e.Shift.N
	if n < 0 {
		n = -n
	}
	letter := map[expr.Unit]string{expr.Minute: "TM", expr.Hour: "TH", expr.Day: "D", expr.Week: "W",
		expr.Month: "M", expr.Year: "Y"}[e.Shift.Unit] // T: a time unit, written PT2H
	if letter == "" {
		return
	}
	d := expr.Expr{Type: expr.Duration}
	d.Timex, d.Grain = fmt.Sprintf("P%d%s", n, letter), e.Grain
	if t, ok := strings.CutPrefix(letter, "T"); ok {
		d.Timex = fmt.Sprintf("PT%d%s", n, t)
	}
	m.Expr = d
}

// together reports whether a and b, gap apart, are one phrase, and writes
// what it means in out.
func (j *joins) together(a, b *timeline.Mention, gap string, out *expr.Expr) bool {
	if then, ok := j.countFrom(a, gap); ok && isDay(&b.Expr) {
		// "three days after January 12", "deux semaines avant le 5 mai":
		// the day moved.
		e := b.Expr
		e.Then = then
		if then.N > 0 && e.Weekday.IsSet() && e.Day == 0 && e.Dir == expr.DirAuto {
			e.Lean = expr.DirFuture // "a week from Tuesday": the coming one, unless a verb says otherwise
		}
		*out = e
		return true
	}
	if x := &a.Expr; x.Anchor == expr.AnchorPrev && x.Shift.Unit == expr.Day && x.Shift.N != 0 && x.Part == expr.NoPart &&
		x.Type == expr.Date && x.Day == 0 && !x.Weekday.IsSet() && x.Then.N == 0 && isDay(&b.Expr) && b.Expr.Then.N == 0 &&
		(b.Expr.Day > 0 || b.Expr.Holiday != "") && (j.ofGap(gap) || blankLine(gap) && j.ofGap(firstWord(b.Text))) {
		// "la veille du 14 juillet", "le lendemain du 1er mai": the day
		// counted from that date, not from the one told before.
		e := b.Expr
		e.Then = x.Shift
		*out = e
		return true
	}
	if x := &a.Expr; x.Nth != 0 && x.Month == 0 && x.Year == 0 && x.Shift.Unit == expr.NoUnit && j.ofGap(gap) && isPeriod(&b.Expr, expr.Week) {
		// "le premier lundi de mars", "the last Sunday of January 2021":
		// that weekday of the month or year.
		e := b.Expr
		e.Nth, e.Weekday = x.Nth, x.Weekday
		*out = e
		return true
	}
	if a.Expr.Head.N != 0 && (a.Expr.Type == expr.Duration || a.Expr.Range != nil) && j.ofGap(gap) && isPeriod(&b.Expr, a.Expr.Head.Unit) {
		// "les six premiers mois de 2021", "les deux dernières semaines
		// de décembre", "the first nine months of last year": that part
		// of the period.
		e := b.Expr
		e.Head = a.Expr.Head
		*out = e
		return true
	}
	if x := &a.Expr; x.Day > 0 && x.Month == 0 && x.Year == 0 && !x.Weekday.IsSet() && !x.Hour.IsSet() && x.Anchor != expr.AnchorPrev &&
		onlySpace(gap) && j.ofGap(firstWord(b.Text)) && isPeriod(&b.Expr, expr.Day) && b.Expr.Grain == expr.GrainMonth &&
		b.Expr.Shift.Unit == expr.Month && b.Expr.Shift.N != 0 {
		// "le 15 du mois prochain", "le 3 du mois dernier": that day of
		// the month named from the article's.
		e := *x
		e.Anchor, e.Shift = b.Expr.Anchor, b.Expr.Shift
		*out = e
		return true
	}
	sameLine := blankLine(gap)
	if h, ok := j.sinceHour(a); ok && sameLine && b.Expr.Part != expr.NoPart && !b.Expr.Hour.IsSet() && b.Expr.Range == nil {
		// "depuis 8 heures ce matin": not eight hours, but since 8 a.m.
		e := b.Expr
		if h < 12 && (e.Part == expr.Afternoon || e.Part == expr.Evening) {
			h += 12 // "depuis 6 heures ce soir"
		}
		e.Type, e.Part, e.Mod, e.Hour, e.Minute = expr.Time, expr.NoPart, expr.NoMod, expr.Some(h), 0
		*out = e
		return true
	}
	switch {
	case isDay(&a.Expr) && isClock(&b.Expr) && sameLine && (j.atClock(b.Text) || strings.Contains(b.Text, ":")):
		*out = onDay(a.Expr, b.Expr)
		return true
	case isDay(&a.Expr) && isClockRange(&b.Expr) && sameLine:
		// "le 17 de 14 h à 16 h", "mardi entre 9 h et 11 h": the hours of
		// that day.
		e := b.Expr
		e.Range = &[2]expr.Expr{onDay(a.Expr, b.Expr.Range[0]), onDay(a.Expr, b.Expr.Range[1])}
		*out = e
		return true
	case isDay(&a.Expr) && isPartOnly(&b.Expr) && sameLine && j.partAfterDay(b.Text):
		*out = partOn(a.Expr, b.Expr) // "le 8 au soir", "samedi 8 janvier au matin", "jeudi en fin de journée"
		return true
	case isPartOnly(&a.Expr) && isDay(&b.Expr) && (j.ofGap(gap) || sameLine && j.ofGap(firstWord(b.Text))):
		// "dans la soirée de samedi", "dans la matinée d'hier", "dans la
		// soirée du 31 décembre" (the date holds its "du").
		*out = partOn(b.Expr, a.Expr)
		return true
	case isPartOnly(&a.Expr) && isDay(&b.Expr) && onlySpace(gap) && !b.Expr.Hour.IsSet() && b.Expr.Part == expr.NoPart:
		// "en fin de matinée mardi", "in the evening Tuesday": the part of
		// that day, as "mardi en fin de matinée" is.
		*out = partOn(b.Expr, a.Expr)
		return true
	}
	return false
}

// sinceHour reads "depuis 8 heures", a count of hours after "depuis" that
// a part of the day may turn into a time: its hour.
func (j *joins) sinceHour(a *timeline.Mention) (int, bool) {
	t := a.Expr.Timex
	if a.Expr.Type != expr.Duration || !strings.HasPrefix(t, "PT") || !strings.HasSuffix(t, "H") ||
		!slices.ContainsFunc(j.hoursSince, func(w string) bool { return strings.EqualFold(firstWord(a.Text), w) }) {
		return 0, false
	}
	h, err := strconv.Atoi(t[2 : len(t)-1])
	return h, err == nil && h <= 12
}

// isPeriod: a phrase naming one period longer than unit, a year, a month,
// a week, whole ("2021", "décembre", "last year"), that a count of its
// first or last units can narrow.
func isPeriod(e *expr.Expr, unit expr.Unit) bool {
	if e.Type != expr.Date || e.Range != nil || e.Timex != "" || e.Head.N != 0 || e.Day > 0 || e.Weekday.IsSet() ||
		e.Mod != expr.NoMod || e.Season != 0 || e.Holiday != "" {
		return false
	}
	switch e.Grain {
	case expr.GrainYear:
		return unit < expr.Year
	case expr.GrainQuarter, expr.GrainMonth:
		return unit < expr.Month
	case expr.GrainWeek:
		return unit < expr.Week && !e.Weekend
	}
	return false
}

// dayOf is the day a phrase names, with or without a part of it
// ("Monday morning" is on Monday).
func dayOf(e expr.Expr) (expr.Expr, bool) {
	if e.Part != expr.NoPart && !e.Hour.IsSet() {
		e.Part, e.Mod, e.Type = expr.NoPart, expr.NoMod, expr.Date
	}
	return e, isDay(&e)
}

// onGap: the word between a time and the day it is on ("from 3 to 5 on
// May 2").
func (j *joins) onGap(gap string) bool {
	g := strings.TrimSpace(gap)
	return slices.ContainsFunc(j.on, func(w string) bool { return strings.EqualFold(g, w) })
}

// partOn is the part of the day part on day.
func partOn(day, part expr.Expr) expr.Expr {
	e := day
	e.Type, e.Part, e.Mod = expr.Time, part.Part, part.Mod
	return e
}

// countFrom reads a count of days, weeks, months or years that moves the
// day written after it: a duration ("3 days") with "from", "after",
// "before", "après", "avant" between them, or a phrase that already ends
// with such a word ("3 days after", "deux jours après").
func (j *joins) countFrom(a *timeline.Mention, gap string) (expr.Shift, bool) {
	g := strings.TrimSpace(gap)
	if len(g) > j.countLen {
		return expr.Shift{}, false // most gaps: no need to read them
	}
	g = strings.ToLower(g)
	sign := 0
	switch {
	case a.Expr.Type == expr.Duration && (j.from[g] || j.after[g]):
		sign = 1
	case a.Expr.Type == expr.Duration && j.before[g]:
		sign = -1
	case a.Expr.Anchor == expr.AnchorPrev && a.Expr.Shift.Unit >= expr.Day && g == "":
		if j.endsCounting(a.Text, true) {
			return a.Expr.Shift, true
		}
		return expr.Shift{}, false
	default:
		return expr.Shift{}, false
	}
	n, unit, ok := parseDuration(a.Expr.Timex)
	if !ok {
		return expr.Shift{}, false
	}
	return expr.Shift{N: sign * n, Unit: unit}, true
}

// parseDuration reads a TIMEX3 duration of days, weeks, months or years
// ("P3D", "P2W").
func parseDuration(v string) (int, expr.Unit, bool) {
	if len(v) < 3 || v[0] != 'P' || v[1] == 'T' {
		return 0, 0, false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil {
		return 0, 0, false
	}
	switch v[len(v)-1] {
	case 'D':
		return n, expr.Day, true
	case 'W':
		return n, expr.Week, true
	case 'M':
		return n, expr.Month, true
	case 'Y':
		return n, expr.Year, true
	}
	return 0, 0, false
}

// atClock reports whether a time phrase opens with "à"/"at": the word that
// ties it to the day before it.
func (j *joins) atClock(phrase string) bool {
	p := strings.ToLower(phrase)
	for _, w := range j.notAt {
		if strings.HasPrefix(p, w) {
			return false // "lundi 6 septembre à partir de 8 h 30": the start of something, told apart
		}
	}
	for _, w := range j.at {
		if strings.HasPrefix(p, w) && strings.HasPrefix(p[len(w):], " ") {
			return true
		}
	}
	return false
}

func onlySpace(gap string) bool {
	for _, r := range gap {
		if r == '\n' || !unicode.IsSpace(r) && r != ',' {
			return false
		}
	}
	return len(gap) <= 4
}

// isDay: a phrase that names one day and no time of it.
func isDay(e *expr.Expr) bool {
	return e.Type.IsPoint() && e.Range == nil && e.Timex == "" && !e.Hour.IsSet() && e.Part == expr.NoPart && !e.Weekend &&
		(e.Day > 0 || e.Weekday.IsSet() || e.Holiday != "" || (e.Shift.Unit == expr.Day && e.Grain <= expr.GrainDay && e.Anchor == expr.AnchorDoc))
}

// joined is the one phrase a and b make together, meaning e.
func joined(text string, a, b *timeline.Mention, e expr.Expr) timeline.Mention {
	span := timeline.Span{Start: a.Span.Start, End: b.Span.End}
	return timeline.Mention{Span: span, Text: text[span.Start:span.End], Rule: a.Rule + "+" + b.Rule, Expr: e, AnchorIndex: -1}
}

// onDay is the time of day clock on day.
func onDay(day, clock expr.Expr) expr.Expr {
	e := day
	e.Type, e.Hour, e.Minute, e.Zone = expr.Time, clock.Hour, clock.Minute, clock.Zone
	if clock.Grain == expr.GrainSecond {
		e.Second, e.Grain = clock.Second, clock.Grain // "le 10 août à 10:12:59"
	}
	return e
}

// isClockRange: two times of day that take their day from the story.
func isClockRange(e *expr.Expr) bool {
	return e.Range != nil && isClock(&e.Range[0]) && isClock(&e.Range[1])
}

// isPartOnly: a part of the day that takes its day from the story ("dans
// la soirée", "au matin").
func isPartOnly(e *expr.Expr) bool {
	return e.Part != expr.NoPart && e.Anchor == expr.AnchorPrev && !e.Hour.IsSet() && e.Day == 0 &&
		!e.Weekday.IsSet() && e.Month == 0 && e.Shift.N == 0 && e.Range == nil
}

// firstWord is the first word of a phrase, with its apostrophe ("d'").
func firstWord(phrase string) string {
	for i := 0; i < len(phrase); i++ {
		switch {
		case phrase[i] == ' ':
			return phrase[:i]
		case phrase[i] == '\'':
			return phrase[:i+1]
		case phrase[i] == 0xE2 && strings.HasPrefix(phrase[i:], "’"): // a byte compared first: asked of every phrase
			return phrase[:i+len("’")]
		}
	}
	return phrase
}

// ofGap: the words between a part of the day and the day it is of ("dans
// la soirée de samedi", "on the morning of March 3").
func (j *joins) ofGap(gap string) bool {
	g := strings.TrimSpace(gap)
	return len(g) <= j.ofLen && slices.ContainsFunc(j.of, func(w string) bool { return lowerIs(g, w) })
}

// endsCounting reports whether phrase ends with a word that counts from
// what follows: "after", "before", "après", "avant", and "from" if from.
func (j *joins) endsCounting(phrase string, from bool) bool {
	last := lastField(phrase)
	is := func(w string) bool { return lowerIs(last, w) }
	return slices.ContainsFunc(j.j.After, is) || slices.ContainsFunc(j.j.Before, is) || from && slices.ContainsFunc(j.j.From, is)
}

// blankLine reports whether gap is blanks (unicode.IsSpace), on one line.
func blankLine(gap string) bool {
	for _, r := range gap {
		if r == '\n' || !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// lastField is the last of strings.Fields(s), "" if none.
func lastField(s string) string {
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= size
	}
	return s[start:end]
}

// partAfterDay reports whether a part of the day, right after a day, is
// that day's by its first word: "au soir", "en fin de journée", "dans la
// soirée", "in the evening".
func (j *joins) partAfterDay(part string) bool {
	return j.partOfDay[strings.ToLower(firstWord(part))]
}

// isClock: a time of day that takes its day from the story.
func isClock(e *expr.Expr) bool {
	return e.Hour.IsSet() && e.Day == 0 && !e.Weekday.IsSet() && e.Month == 0 && e.Anchor == expr.AnchorPrev && e.Shift.N == 0
}

// rangeOf reads two phrases a range joins: "du 10/01 au 15/01/2022",
// "entre le 3 et le 7 mars 2021", "from 1/5/2022 to 1/7/2022", "8/10/2012
// - 8/15/2012" (two days, two months or two years, the first taking the
// year of the second when it has none), and a range whose end is the
// article's present: "de 2015 à aujourd'hui", "du 3 janvier à ce jour",
// "from 2015 to today", "between January and now" (to the end of the
// article's day). start is where the phrase begins: at the word that opens
// it ("de", "from") when that word stands before a.
//
// What it means is written in e: it returns nothing as large (an Expr is
// 200 bytes; the tagger asks this of every two phrases side by side).
func (j *joins) rangeOf(text string, a, b *timeline.Mention, gap string, e *expr.Expr) (start int, ok bool) {
	if len(gap) > j.rangeGap {
		return 0, false // most gaps: a clause or more
	}
	x, y := a.Expr, b.Expr
	present := isPresent(y)
	if strings.Contains(gap, "\n") || x.Type != expr.Date || x.Range != nil || x.Timex != "" || x.Anchor == expr.AnchorPrev ||
		!present && !sameKind(x, y) {
		return 0, false
	}
	link := strings.ToLower(strings.TrimSpace(gap))
	if rest, ok := strings.CutPrefix(link, ","); ok && x.Year != 0 {
		link = strings.TrimSpace(rest) // "from Dec. 31, 2021, to Jan. 2": the comma closes the year
	}
	if link == "" {
		link = strings.ToLower(firstWord(b.Text)) // "du 10/01 au 15/01": "au" is the second date's
	}
	first, start := strings.ToLower(firstWord(a.Text)), a.Span.Start
	if !j.rangeStarts[first] {
		w, at := wordBefore(text, a.Span.Start)
		if j.rangeStarts[w] {
			first, start = w, at
		} else if !(link == "-" || link == "–") || present {
			return 0, false // no range word: "en 2015 et aujourd'hui", but "8/10/2012 - 8/15/2012"
		}
	}
	if between := j.betweenStarts[first]; between != j.betweenLinks[link] || !between && !j.rangeLinks[link] {
		return 0, false
	}
	if present {
		y = expr.Expr{Type: expr.Date}
		y.Anchor, y.Shift = expr.AnchorDoc, expr.Shift{Unit: expr.Day}
	} else if x.Year == 0 && y.Year != 0 && x.Anchor == expr.AnchorNone && x.Month > 0 {
		// "du 28/12 au 3/01/2022": the year the range ends in, or the one
		// before when the first month comes later in the year.
		x.Year = y.Year
		if x.Month > y.Month && y.Month > 0 {
			x.Year--
		}
	} else if x.Month == 0 && x.Day > 0 && x.Anchor == expr.AnchorNone && y.Month > 0 && y.Day > 0 && y.Anchor == expr.AnchorNone {
		// "du vendredi 3 au dimanche 12 mai", "du 28 au 3 janvier": the
		// first day is in the second's month, or the month before when it
		// comes later in it.
		x.Month, x.Year = y.Month, y.Year
		if x.Day > y.Day {
			if x.Month--; x.Month == 0 {
				x.Month = 12
				if x.Year != 0 {
					x.Year--
				}
			}
		}
	}
	*e = expr.Expr{Type: expr.Date}
	e.Range = &[2]expr.Expr{x, y}
	return start, true
}

// sameKind: two phrases that can be the ends of one range, named to the
// same unit: two days, two months, two years.
func sameKind(x, y expr.Expr) bool {
	if y.Type != expr.Date || y.Range != nil || y.Timex != "" || y.Anchor == expr.AnchorPrev {
		return false
	}
	if isDay(&x) && isDay(&y) {
		return true
	}
	return x.Grain == y.Grain && (x.Grain == expr.GrainMonth || x.Grain == expr.GrainYear) &&
		x.Day == 0 && y.Day == 0 && x.Mod == expr.NoMod && y.Mod == expr.NoMod
}

// isPresent: a phrase naming the article's present, "aujourd'hui",
// "maintenant", "today", "now".
func isPresent(e expr.Expr) bool {
	if e.Anchor != expr.AnchorDoc || e.Range != nil {
		return false
	}
	if e.Timex == "PRESENT_REF" {
		return true
	}
	return e.Timex == "" && e.Shift == expr.Shift{Unit: expr.Day} && !e.Hour.IsSet() && e.Part == expr.NoPart &&
		!e.Weekday.IsSet() && e.Day == 0 && e.Month == 0 && e.Year == 0
}

// openOf says whether m is the one named end of a range the text leaves
// open: +1 after "depuis", "since" ("fermé depuis vendredi": from Friday
// to the article's time), -1 after "jusqu'à", "until" ("il restera
// jusqu'à jeudi": from the article's time to Thursday), +2 after "à
// partir de", "starting", "from" ("à partir de lundi": from Monday
// on, to an end the text does not give), +3 after "après", "after" and -3
// after "avant", "before" (sometime after its end, or before its start),
// else 0. The signal may be the phrase's own first word ("depuis 1995") or
// the words before it ("jusqu'au 20 janvier": "jusqu'" then "au 20
// janvier").
func (j *joins) openOf(text string, m *timeline.Mention) int {
	e := &m.Expr
	if !e.Type.IsPoint() || e.Range != nil || e.Timex != "" || len(j.opens) == 0 {
		return 0
	}
	var first string
	if m.Text != "" && j.openFirst[m.Text[0]|0x20] { // most phrases: not a cue's first byte, the word not read
		first = j.openWord(firstWord(m.Text))
	}
	var before [maxOpenWords]string // the words before the phrase, nearest first, read as needed
	var at int
	before[0], at = wordBefore(text, m.Span.Start)
	if first == "" && !j.mayEndCue(before[0]) {
		return 0 // most phrases: no cue ends before them, nor starts them
	}
	read := 1
	for _, o := range j.opens {
		ws := o.words
		if len(ws) == 1 {
			if first == ws[0] || before[0] == ws[0] {
				return int(o.side)
			}
			continue
		}
		if before[0] != ws[len(ws)-1] {
			continue // most cues: not even their last word
		}
		k := 1
		for ; k < len(ws); k++ {
			if read == k {
				before[k], at = wordBefore(text, at)
				read++
			}
			if before[k] != ws[len(ws)-1-k] {
				break
			}
		}
		if k == len(ws) {
			return int(o.side)
		}
	}
	return 0
}

// mayEndCue reports whether w may be the last word of a cue of an open
// range: false if it is none.
func (j *joins) mayEndCue(w string) bool {
	if w == "" {
		return false
	}
	if len(w) >= len(j.openLast) {
		return j.openLong
	}
	return j.openLast[len(w)][w[0]/64]&(1<<(w[0]%64)) != 0
}

// openWord is w lowered when it is one of the one-word cues of an open
// range, else "": most phrases start with another word, and are not
// lowered (a copy, for a capital) to be told so.
func (j *joins) openWord(w string) string {
	if w == "" || !j.openFirst[w[0]|0x20] {
		return ""
	}
	for _, lw := range j.openWords {
		if lowerIs(w, lw) {
			return lw
		}
	}
	return ""
}

// lowerIs reports whether timeline.Lower(s) is lw, without lowering s.
func lowerIs(s, lw string) bool {
	j := 0
	for _, r := range s { // a broken byte reads as U+FFFD, as Lower writes it
		r = timeline.LowerRune(r)
		if r < utf8.RuneSelf {
			if j >= len(lw) || lw[j] != byte(r) {
				return false
			}
			j++
			continue
		}
		var b [utf8.UTFMax]byte
		n := utf8.EncodeRune(b[:], r)
		if !strings.HasPrefix(lw[j:], string(b[:n])) {
			return false
		}
		j += n
	}
	return j == len(lw)
}

// wordBefore returns the word ending before i, lower case, an elided word
// with its apostrophe ("jusqu'"), and where it starts; "" at a
// punctuation mark.
func wordBefore(text string, i int) (string, int) {
	end := i
	for end > 0 && (text[end-1] == ' ' || text[end-1] == '\t') {
		end--
	}
	j := end
	if j > 0 && text[j-1] == '\'' {
		j--
	} else if strings.HasSuffix(text[:j], "’") {
		j -= len("’")
	}
	for j > 0 {
		if c := text[j-1]; c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				break
			}
			j--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= size
	}
	if j == end || !unicode.IsLetter(firstRuneOf(text[j:end])) {
		return "", j
	}
	return timeline.Lower(text[j:end]), j
}

func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// firstCounts reads the first count of a range of lengths whose unit is
// written once, after the last: "de 6 à 18 mois", "entre trois et cinq
// ans", "de 2 à 5 ans de prison". TimeML writes two durations (P6M and
// P18M), the first on its number alone. It returns the first counts of
// the durations of ms, in text order; none when the language reads no
// count (Joins.Count).
func (j *joins) firstCounts(text string, ms []timeline.Mention) []timeline.Mention {
	if j.j.Count == nil {
		return nil
	}
	var out []timeline.Mention
	for i := range ms {
		m := &ms[i]
		if m.Expr.Type != expr.Duration || m.Part {
			continue
		}
		prefix, n, letter, ok := durationCount(m.Expr.Timex)
		if !ok {
			continue
		}
		// The link is the phrase's first word ("à 5 ans", read with it as
		// a penalty) or the word before it.
		at := m.Span.Start
		link, _ := tokenBefore(text, at)
		if w := strings.ToLower(firstWord(m.Text)); j.rangeLinks[w] || j.betweenLinks[w] {
			link, at = w, m.Span.Start+len(w)
			if k, _ := tokenBefore(text, at); k != link {
				continue
			}
			at = m.Span.Start
		} else {
			_, at = tokenBefore(text, at)
		}
		if link == "" {
			continue
		}
		count, cs := tokenBefore(text, at)
		start, _ := tokenBefore(text, cs)
		between := j.betweenStarts[start] && j.betweenLinks[link]
		if !between && (!j.rangeStarts[start] || j.betweenStarts[start] || !j.rangeLinks[link]) {
			continue
		}
		k, ok := j.j.Count(count)
		if !ok || k <= 0 || k >= n {
			continue
		}
		e := m.Expr
		e.Timex = fmt.Sprintf("%s%d%s", prefix, k, letter)
		span := timeline.Span{Start: cs, End: cs + len(count)}
		out = append(out, timeline.Mention{Span: span, Text: text[span.Start:span.End], Rule: m.Rule, Expr: e, AnchorIndex: -1})
	}
	return out
}

// durationCount splits a duration of one whole count ("P18M", "PT3H")
// into its prefix, count and unit letter.
func durationCount(v string) (prefix string, n int, letter string, ok bool) {
	prefix = "P"
	if strings.HasPrefix(v, "PT") {
		prefix = "PT"
	}
	digits := v[min(len(prefix), len(v)):]
	if len(digits) < 2 || !strings.HasPrefix(v, prefix) {
		return "", 0, "", false
	}
	letter = digits[len(digits)-1:]
	n, err := strconv.Atoi(digits[:len(digits)-1])
	if err != nil || letter < "A" || letter > "Z" {
		return "", 0, "", false
	}
	return prefix, n, letter, true
}

// tokenBefore returns the word or number ending before i (blanks
// skipped), lower case, with its apostrophe when elided ("d'"), and where
// it starts; "" at a punctuation mark. A hyphen joins the words of a
// number ("vingt-cinq").
func tokenBefore(text string, i int) (string, int) {
	end := i
	for end > 0 && (text[end-1] == ' ' || text[end-1] == '\t') {
		end--
	}
	k := end
	if strings.HasSuffix(text[:k], "'") {
		k--
	} else if strings.HasSuffix(text[:k], "’") {
		k -= len("’")
	}
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			break
		}
		k -= size
	}
	if k == end {
		return "", k
	}
	return strings.ToLower(text[k:end]), k
}
