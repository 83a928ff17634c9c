package timeline

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"frise/timeline/expr"
	"frise/timeline/lang"
)

// ResolveOptions says how to read directions and the article's day.
type ResolveOptions struct {
	// Prefer overrides the tense for phrases whose direction the text does not
	// fix (DirPast or DirFuture); DirAuto reads the tense.
	Prefer expr.Direction
	// Anchor pins the article's reference day (config anchor); zero means none.
	Anchor time.Time
	// Languages gives the words of each article's language that tell a
	// clause looks ahead with no future verb (lang.Language.ToCome); nil,
	// none: a bare weekday in a clause with no tense is the last one,
	// unless the clause is a headline in capitals.
	Languages Languages
}

// Resolve gives every mention of a its Value, AnchorIndex and (when its
// value depends on past or future) Tense, in place, and returns the
// article's reference: the day its relative phrases count from, a span of
// candidate days when the article date is not day-precise: every day the
// date allows, narrowed by a full date the text names in it, or by the
// weekdays it names (see the package documentation).
func Resolve(a *Article, ms []Mention, opt ResolveOptions) Value {
	return resolve(a, ms, opt, nil)
}

// resolve is Resolve, with what memo remembers (nil: nothing).
func resolve(a *Article, ms []Mention, opt ResolveOptions, memo *resolveMemo) Value {
	l := opt.Languages.of(a.Lang)
	openingToday(a, l, ms)
	reportedPeriods(a, l, ms)
	dirs := memo.dirsFor(len(ms))
	defer memo.release(dirs)
	for i := range ms {
		dirs[i] = dirFor{a: a, m: &ms[i], prefer: opt.Prefer, lang: l}
	}
	days, pinned := referenceDays(a, ms, dirs, opt.Anchor)
	for i := range ms {
		ms[i].AnchorIndex = anchorIndex(a.Text, ms, i)
	}
	var vals []Value // for an article of several days: combine keeps none of them
	if len(days) == 1 {
		// An article dated to the day: the values are the mentions'.
		resolveAll(ms, dirs, days[0], memo, func(i int) *Value { return &ms[i].Value })
		if pinned {
			markDayNamed(a, ms, dirs, days[0], memo)
		}
	} else {
		vals = make([]Value, len(days))
		runs := make([][]Value, len(days))
		for k, ref := range days {
			runs[k] = make([]Value, len(ms))
			resolveAll(ms, dirs, ref, memo, func(i int) *Value { return &runs[k][i] })
		}
		for i := range ms {
			for k := range days {
				vals[k] = runs[k][i]
			}
			ms[i].Value = combine(vals, days, a.Date)
		}
	}
	dropBrokenRanges(ms)
	alignEnds(ms)
	alignJoined(ms)
	ref := memo.dayValue(days[0])
	if len(days) > 1 {
		for k, d := range days {
			vals[k] = dayValue(d)
		}
		ref = combine(vals, days, a.Date)
	} else if pinned {
		ref.Why = Why{Kind: WhyDayNamed, ArticleDate: a.Date.Timex}
		ref.Certainty, ref.Reason = Inferred, ref.Why.String()
	}
	widenClockShifts(a, ms, ref)
	for i := range ms {
		switch {
		case ms[i].Expr.Timex == "PRESENT_REF" && ms[i].Expr.Anchor == expr.AnchorDoc:
			ms[i].Value = present(a, ref, ms[i].Expr)
		case ms[i].Expr.Anchor == expr.AnchorNext:
			if v, ok := monthOfNext(ms, i); ok {
				ms[i].Value = v
			}
		}
	}
	return ref
}

// markDayNamed marks inferred the values counted from a day the text
// named (ref) in an article dated by month: the story is told on that day
// or later in the period, so a value that another of those days would
// change ("mercredi", "la veille", "il y a trois jours") is the reader's
// best guess, not a fact; one that none would change ("le 7 mars")
// stays exact.
func markDayNamed(a *Article, ms []Mention, dirs []dirFor, ref time.Time, memo *resolveMemo) {
	alt := make([]Value, len(ms))
	changed := make([]bool, len(ms))
	for d := addDate(ref, 0, 0, 1); d.Before(a.Date.To); d = addDate(d, 0, 0, 1) {
		resolveAll(ms, dirs, d, memo, func(i int) *Value { return &alt[i] })
		for i := range ms {
			v := &ms[i].Value
			if o := &alt[i]; !o.From.Equal(v.From) || !o.To.Equal(v.To) || o.Timex != v.Timex {
				changed[i] = true
			}
		}
	}
	for i := range ms {
		if v := &ms[i].Value; changed[i] && v.Certainty == Exact {
			v.Why = Why{Kind: WhyDayNamed, ArticleDate: a.Date.Timex}
			v.Certainty, v.Reason = Inferred, v.Why.String()
		}
	}
}

// widenClockShifts gives "il y a trois heures", "in 20 minutes" their
// honest value when the time they count from is not known to the hour (an
// article dated by its day only, or by its month): not one minute, counted
// from a midnight nobody wrote, but the span of every minute it can be,
// ambiguous, and the TIMEX3 day it most likely falls on (for a day: the
// one its middle falls on). "Deux heures plus tard" counted from a day
// says how long after, no time.
func widenClockShifts(a *Article, ms []Mention, ref Value) {
	for i := range ms {
		e := &ms[i].Expr
		if e.Range != nil || !e.Type.IsPoint() || e.Shift.N == 0 || e.Hour.IsSet() {
			continue
		}
		var unit time.Duration
		switch e.Shift.Unit {
		case expr.Second:
			unit = time.Second
		case expr.Minute:
			unit = time.Minute
		case expr.Hour:
			unit = time.Hour
		default:
			continue
		}
		if e.Anchor == expr.AnchorPrev {
			if j := ms[i].AnchorIndex; j >= 0 && ms[j].Value.Grain <= expr.GrainHour || j < 0 && a.Date.Grain < expr.GrainDay {
				continue // counted from a time: the value is exact
			}
			// "deux heures plus tard" after a day, or first in an article
			// dated by its day: how long after, not when (the French
			// TimeBank writes PT2H).
			n := abs(e.Shift.N)
			letter := map[expr.Unit]string{expr.Second: "S", expr.Minute: "M", expr.Hour: "H"}[e.Shift.Unit]
			timex := fmt.Sprintf("PT%d%s", n, letter)
			if e.Shift.Unit == expr.Hour && n >= 24 && n%12 == 0 {
				// "deux semaines et demie plus tard", counted in hours:
				// P17.5D, not PT420H.
				timex = "P" + strconv.FormatFloat(float64(n)/24, 'f', -1, 64) + "D"
			}
			e.Type = expr.Duration
			ms[i].Value = Value{Type: expr.Duration, Timex: timex, Grain: e.Grain}
			continue
		}
		if e.Anchor != expr.AnchorDoc || a.Date.Grain < expr.GrainDay {
			continue // the article's time is known: the value is exact
		}
		base := ref
		if !base.Placed() {
			continue
		}
		shift := time.Duration(e.Shift.N) * unit
		v := ms[i].Value
		v.From, v.To = base.From.Add(shift), base.To.Add(shift)
		v.Grain, v.Timex = expr.GrainDay, dayTimex(v.From.Add(v.To.Sub(v.From)/2))
		if base.To.Sub(base.From) > 25*time.Hour {
			// Counted from any day of a month: what the first and last
			// days share.
			v.Timex = mergeTimex(dayTimex(v.From), dayTimex(v.To.Add(-time.Nanosecond)))
		}
		v.Certainty = Ambiguous
		v.Why = Why{Kind: WhyNoTime, ArticleDate: a.Date.Timex}
		v.Reason = v.Why.String()
		ms[i].Value = v
	}
}

// monthOfNext is day ms[i] of the month of the first full date after it
// ("les 6 et 13 avril"), with that date's certainty.
func monthOfNext(ms []Mention, i int) (Value, bool) {
	for _, m := range ms[i+1:] {
		if m.Expr.Day == 0 || m.Expr.Month == 0 || !m.Value.Placed() || m.Value.Grain != expr.GrainDay {
			continue
		}
		y, mo, _ := m.Value.From.Date()
		d := ms[i].Expr.Day
		if d > daysIn(y, mo) {
			return Value{}, false
		}
		from := civil(y, mo, d, 0, 0, 0, 0, m.Value.From.Location())
		return Value{From: from, To: addDate(from, 0, 0, 1), Grain: expr.GrainDay, Type: expr.Date,
			Timex: dayTimex(from), Certainty: m.Value.Certainty, Reason: m.Value.Reason}, true
	}
	return Value{}, false
}

// present is what "maintenant", "now" name: the article's own time, as
// precise as its date says (a minute, a day, or the band of days a month
// allows), with the phrase's TIMEX3 value.
func present(a *Article, ref Value, e expr.Expr) Value {
	v := ref
	if a.Date.Grain < expr.GrainDay {
		v = a.Date
		v.Certainty, v.Reason = Exact, ""
	}
	v.Type, v.Timex = e.Type, e.Timex
	return v
}

// alignEnds puts the ends of a range read on their own ("le 15 août" in
// "entre le 15 juillet et le 15 août") in the year the range gives them,
// when the tense alone put them a year off.
func alignEnds(ms []Mention) {
	// Mentions are in text order, a range before the ends inside it.
	for j := range ms {
		r := &ms[j] // a pointer: a mention is some 400 bytes
		if r.Expr.Range == nil || !r.Value.Placed() {
			continue
		}
		for i := j + 1; i < len(ms) && ms[i].Span.Start < r.Span.End; i++ {
			p := &ms[i].Value
			if !ms[i].Part || ms[i].Expr.Year != 0 || !p.Placed() || len(p.Timex) < 4 || p.Grain > expr.GrainMonth {
				continue
			}
			within := func(from, to time.Time) bool {
				// A time of day is an instant: a span of hours holds its end ("à 6 h").
				return !from.Before(r.Value.From) && (!to.After(r.Value.To) || p.Grain < expr.GrainDay && !from.After(r.Value.To))
			}
			if within(p.From, p.To) {
				continue
			}
			if p.Grain < expr.GrainDay {
				// A time of day: the range may run past midnight ("de 22 h
				// à 6 h": the 6 h of the next morning).
				if len(p.Timex) >= 10 && ms[i].Expr.Day == 0 {
					// Or the range's day, given after its hours ("de 18 h
					// à 23 h samedi"): the article's day was taken.
					ns := []int{1, -1}
					for _, d := range []time.Time{r.Value.From, r.Value.To.Add(-time.Nanosecond)} {
						if n := dayDiff(p.From, d); n != 0 && n != 1 && n != -1 {
							ns = append(ns, n)
						}
					}
					for _, n := range ns {
						if from, to := addDate(p.From, 0, 0, n), addDate(p.To, 0, 0, n); within(from, to) {
							p.From, p.To = from, to
							clock := p.Timex[10:]
							if strings.HasPrefix(clock, "T24:00") {
								clock = "T00:00" + clock[6:] // midnight moved back is the one that starts its day
							}
							p.Timex = dayTimex(from) + clock
							break
						}
					}
				}
				continue
			}
			if e := &ms[i].Expr; e.Day > 0 && e.Month == 0 && p.Grain == expr.GrainDay {
				// A day without its month ("vendredi 3" in "du vendredi 3
				// au dimanche 12 mai"): the range's day of that number.
				for _, d := range []time.Time{r.Value.From, addDate(r.Value.To, 0, 0, -1)} {
					if d.Day() == e.Day {
						p.From, p.To, p.Timex = d, addDate(d, 0, 0, 1), dayTimex(d)
						p.Certainty, p.Reason = r.Value.Certainty, r.Value.Reason
						break
					}
				}
				continue
			}
			if e := &ms[i].Expr; e.Weekday.IsSet() && e.Day == 0 && e.Month == 0 && p.Grain == expr.GrainDay {
				// A weekday: the one of the range's week ("Monday through
				// Friday": that week's Friday, not the last one).
				for _, n := range []int{7, -7} {
					if from, to := addDate(p.From, 0, 0, n), addDate(p.To, 0, 0, n); within(from, to) {
						p.From, p.To, p.Timex = from, to, dayTimex(from)
						break
					}
				}
				continue
			}
			// The years the range runs through ("du 28/02 au 01/03/2019":
			// 2019, whatever the article's year).
			y := p.From.Year()
			for _, n := range []int{r.Value.From.Year() - y, r.Value.To.Add(-time.Nanosecond).Year() - y} {
				if from, to := addDate(p.From, n, 0, 0), addDate(p.To, n, 0, 0); n != 0 && within(from, to) {
					p.From, p.To = from, to
					p.Timex = fmt.Sprintf("%04d", from.Year()) + p.Timex[4:]
					// Its year is the range's now, as sure as the range's.
					p.Certainty, p.Reason = r.Value.Certainty, r.Value.Reason
					break
				}
			}
		}
	}
}

// alignJoined gives the day and the clock of a phrase that writes them
// together ("le jeudi 9 mars à 20 h", Joined) the phrase's own reading:
// the clock its instant, the day its day. Read on their own, the clock
// would count from whatever date came before.
func alignJoined(ms []Mention) {
	// Mentions are in text order, a joined phrase before its parts.
	for j := range ms {
		r := &ms[j]
		if !r.Joined || !r.Value.Placed() || r.Value.Grain >= expr.GrainDay {
			continue
		}
		for i := j + 1; i < len(ms) && ms[i].Span.Start < r.Span.End; i++ {
			if !ms[i].Part || ms[i].Value.IsZero() {
				continue
			}
			p := &ms[i].Value
			if ms[i].Expr.Hour.IsSet() || p.Grain < expr.GrainDay {
				*p = r.Value
				continue
			}
			f := r.Value.From
			day := time.Date(f.Year(), f.Month(), f.Day(), 0, 0, 0, 0, f.Location())
			p.From, p.To, p.Timex, p.Grain = day, addDate(day, 0, 0, 1), dayTimex(day), expr.GrainDay
			p.Certainty, p.Reason, p.RelDay = r.Value.Certainty, r.Value.Reason, r.Value.RelDay
		}
	}
}

// dropBrokenRanges unresolves the ends of a range phrase that is no range
// ("February 20 - 29, 2022"): what is inside words that name no time is no
// time either.
func dropBrokenRanges(ms []Mention) {
	// Mentions are in text order, a range before the ends inside it.
	for j := range ms {
		r := &ms[j]
		if r.Expr.Range == nil || !r.Value.IsZero() {
			continue
		}
		for i := j + 1; i < len(ms) && ms[i].Span.Start < r.Span.End; i++ {
			if ms[i].Part && ms[i].Span.End <= r.Span.End {
				ms[i].Value = Value{}
			}
		}
	}
}

// ResolveExpr resolves one expression against a day-precise reference time,
// reading a direction-free phrase as past. It is what a lone phrase means
// with no article around it.
func ResolveExpr(e expr.Expr, ref time.Time) (Value, bool) {
	v := resolveOne(e, nil, known(directionOf(e, expr.DirAuto, expr.DirAuto)), ref)
	return v, !v.IsZero()
}

// Place is the first instant a lone phrase names (ResolveExpr's), false if
// it names none on the calendar: what when's own parser is given by the
// French and English rules (rule.Placed).
func Place(e expr.Expr, ref time.Time) (time.Time, bool) {
	v, ok := ResolveExpr(e, ref)
	return v.From, ok && v.Placed()
}

// dirFor is the direction phrase m of article a is read in, found the
// first time a reading asks for it: the clause's tense costs a walk of ten
// words each side, and most phrases ("hier", "il y a trois jours", "le
// mois dernier") never ask. Reading it sets m's Tense.
type dirFor struct {
	// The small fields first, in one word: a slice of these is made for
	// every article's mentions.
	d      direction
	known  bool
	prefer expr.Direction
	asked  bool // get was called (see resolveMemo)
	a      *Article
	m      *Mention
	lang   *lang.Language // the article's, for toCome
}

// known is a direction given, not read.
func known(d direction) *dirFor { return &dirFor{d: d, known: true} }

func (f *dirFor) get() direction {
	f.asked = true
	if !f.known {
		if e := &f.m.Expr; e.Dir == expr.DirAuto && f.prefer == expr.DirAuto && e.Type.IsPoint() && !absolute(*e) {
			// Only these have a tense to read.
			f.m.Tense = TenseOf(f.lang.Tenses, f.a.Lang, f.a.Text, f.m.Span)
		}
		f.d, f.known = directionOf(f.m.Expr, f.prefer, f.m.Tense), true
		if e := &f.m.Expr; e.Lean == expr.DirNearest && e.Weekday.IsSet() && !e.Weekend && f.d.dir != expr.DirNearest &&
			!opensSentence(f.a.Text, f.m.Span.Start) {
			// A weekday leaning to the nearest is the day of an event a
			// noun names ("Thursday's final"). "Withdrew from Thursday's
			// final", "officials said
			// Saturday's match would go ahead": the verb before an
			// event's day is the act's, not the event's: the nearest.
			// The subject of its verb, "Sunday's election drew a record
			// turnout", follows the tense.
			f.d = direction{dir: expr.DirNearest}
		}
		if e := &f.m.Expr; f.d.policy && e.Weekday.IsSet() && e.Day == 0 && toCome(f.lang, f.a.Text, f.m.Span) {
			// No tense, but a present, a modal, a headline or a
			// programme: a weekday still to come.
			f.d = direction{dir: expr.DirFuture, toCome: true}
		} else if f.d.policy && undatedYear(*e) && scheduled(f.lang, f.a.Text, f.m.Span) {
			// No tense, but an event on a schedule ("le festival a lieu
			// en juin", "the fair is held in March"): the month, season
			// or date still to come, not the nearest, which may be past.
			f.d = direction{dir: expr.DirFuture, toCome: true}
		}
	}
	return f.d
}

// direction is the direction a phrase is read in, and where it came from.
type direction struct {
	dir expr.Direction
	// strict: the text said it ("mardi dernier"): today is not a candidate.
	strict bool
	// policy: no cue at all; the default reading was taken.
	policy bool
	// toCome: no tense, but the clause tells of something still to come
	// (see toCome).
	toCome bool
}

func directionOf(e expr.Expr, prefer, tense expr.Direction) direction {
	switch {
	case e.Dir != expr.DirAuto:
		return direction{dir: e.Dir, strict: true}
	case e.Open == 1:
		// "depuis vendredi", "since Friday": a start before the article's
		// time; said on a Friday, last Friday.
		return direction{dir: expr.DirPast, strict: e.Weekday.IsSet() && e.Day == 0}
	case prefer != expr.DirAuto:
		return direction{dir: prefer}
	case e.Open == -1 && e.Day > 0 && e.Month > 0 && e.Year == 0 && tense != expr.DirFuture:
		// "declared a state of emergency until Jan. 19", "prolongé
		// jusqu'au 31 janvier": the nearest such date, whatever the
		// tense of the decision (a year back was read). A clause in the
		// future ("les écoles resteront fermées jusqu'au 31 décembre",
		// said on 12 January) ends ahead.
		return direction{dir: expr.DirNearest}
	case tense == expr.DirNearest && e.Weekday.IsSet() && e.Day == 0:
		return direction{dir: expr.DirFuture} // "reportée à mardi": a day moved is moved ahead
	case tense != expr.DirAuto:
		return direction{dir: tense}
	case e.Open == -1:
		// "schools are closed until Monday": with no verb to say
		// otherwise, an end the text gives is ahead.
		return direction{dir: expr.DirFuture}
	case e.Lean != expr.DirAuto:
		return direction{dir: e.Lean}
	}
	return direction{dir: expr.DirAuto, policy: true}
}

// referenceDays returns the days an article's relative phrases may count
// from, and whether a day named in the text pinned them. An anchor wins; a
// day-precise article date gives itself. An article dated only by month or
// year gives every day it allows, except that (1) the latest full date the
// text names inside that period ("mercredi 5 janvier") pins the day, and (2)
// when the text names weekdays in the past, the article's day is taken to be
// the latest of them in the shortest week-long arc that holds them all: a
// story naming dimanche, mardi and mercredi is told from a Wednesday.
func referenceDays(a *Article, ms []Mention, dirs []dirFor, anchor time.Time) ([]time.Time, bool) {
	loc := a.Location
	if !anchor.IsZero() {
		return []time.Time{startOfDay(anchor.In(loc))}, false
	}
	if a.Date.Grain <= expr.GrainDay {
		return []time.Time{a.Date.From}, false
	}
	var pin time.Time
	for _, m := range ms {
		e := m.Expr
		if e.Day == 0 || e.Month == 0 || e.Range != nil {
			continue
		}
		y := e.Year
		if y == 0 {
			y = a.Date.From.Year()
		}
		if e.Day > daysIn(y, time.Month(e.Month)) {
			continue
		}
		d := civil(y, time.Month(e.Month), e.Day, 0, 0, 0, 0, loc)
		if !d.Before(a.Date.From) && d.Before(a.Date.To) && d.After(pin) {
			pin = d
		}
	}
	if !pin.IsZero() {
		return []time.Time{pin}, true
	}
	var wds []int
	for i, m := range ms {
		e := m.Expr
		if e.Anchor != expr.AnchorDoc || !e.Weekday.IsSet() || e.Day != 0 || dirs[i].get().dir == expr.DirFuture {
			continue
		}
		w, _ := e.Weekday.Get()
		if e.Part == expr.Night {
			w = (w + 1) % 7 // the night ends on the next day
		}
		wds = append(wds, w)
	}
	end := -1
	if len(wds) > 0 {
		end = arcEnd(wds)
	}
	// With weekdays, the story's day is the latest of them, at most six days
	// before the article's own day: it may fall before the period the date
	// names (a story dated 2022-01 about Wednesday 29 December).
	first := a.Date.From
	if end >= 0 {
		first = addDate(first, 0, 0, -6)
	}
	var days []time.Time
	for d := first; d.Before(a.Date.To); d = addDate(d, 0, 0, 1) {
		if end < 0 || int(d.Weekday()) == end {
			days = append(days, d)
		}
	}
	return days, false
}

// arcEnd returns the weekday ending the shortest arc of the week that holds
// every weekday of wds: the one just before the widest gap.
func arcEnd(wds []int) int {
	slices.Sort(wds)
	wds = slices.Compact(wds)
	end, gap := wds[len(wds)-1], -1
	for i, w := range wds {
		next := wds[(i+1)%len(wds)]
		g := (next - w + 7) % 7
		if g == 0 {
			g = 7
		}
		if g > gap {
			end, gap = w, g
		}
	}
	return end
}

// anchorIndex returns the mention a "la veille" counts from: the last placed
// mention before i, or -1 for the article date.
func anchorIndex(text string, ms []Mention, i int) int {
	if ms[i].Expr.Anchor != expr.AnchorPrev {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		if ms[i].Expr.Same {
			// "la même période": the period told last, whatever its
			// length; a day is none ("the quarter ended Sept. 30 … a
			// year earlier": the quarter).
			if e := &ms[j].Expr; e.Type.IsPoint() && (e.Timex == "" || e.Range != nil) && !ms[j].Part && // a quarter is a range
				(e.Range != nil || !dayOrFiner(e)) {
				return j
			}
			continue
		}
		if u := ms[i].Expr.Shift.Unit; reportPeriod(&ms[j]) && (u == expr.Month || u == expr.Year) && !ms[j].Part {
			return j // "au troisième trimestre … le trimestre précédent": counted from that quarter
		}
		if e := &ms[j].Expr; e.Type.IsPoint() && e.Range == nil && e.Timex == "" {
			if !dayOrFiner(e) && !holdsUnit(e, ms[i].Expr.Shift.Unit) {
				// "en 1998 … la veille": a year or a month is no day to count
				// from ("en 2019 … deux ans plus tard" counts years from it).
				return -1
			}
			if k := j - 1; k >= 0 && !e.Hour.IsSet() && ms[k].Expr.Hour.IsSet() && ms[k].Span.End <= ms[j].Span.Start &&
				strings.Trim(text[ms[k].Span.End:ms[j].Span.Start], " ,\u00a0") == "" {
				// "vers 15 h 30, hier … à ce moment-là": the time and its
				// day are one moment; count from the finer.
				return k
			}
			if s := ms[i].Expr.Shift; s.N != 0 && s.Unit >= expr.Day && bareClock(e) {
				// "dans la nuit de mercredi à jeudi, vers 2 h … le lendemain
				// matin": the day after is counted from the night's day
				// (Thursday), not from the hour after midnight inside it.
				if n := anchorIndex(text, ms, j); n >= 0 && ms[n].Expr.Part == expr.Night {
					return n
				}
			}
			return j
		}
	}
	return -1
}

// bareClock: a time of day that takes its day from the story ("vers 2 h").
func bareClock(e *expr.Expr) bool {
	return e.Hour.IsSet() && e.Day == 0 && !e.Weekday.IsSet() && e.Month == 0 && e.Anchor == expr.AnchorPrev && e.Shift.N == 0
}

// dayOrFiner reports whether e names a day or a time of day, as opposed to
// a week, a month, a season or a year.
// isYearPart reports whether m is a quarter or a half of a year ("au
// troisième trimestre", "H2 2021"): a range TIMEX3 writes as one value.
func isYearPart(m *Mention) bool {
	e := &m.Expr
	return e.Range != nil && e.Type.IsPoint() && (strings.Contains(e.Timex, "-Q") || strings.Contains(e.Timex, "-H"))
}

// holdsUnit reports whether a count of u can start from e, a period
// longer than a day: years from a year, a month or a season; months from
// a month.
func holdsUnit(e *expr.Expr, u expr.Unit) bool {
	switch u {
	case expr.Year:
		return e.Year > 0 || e.Month > 0 || e.Season > 0
	case expr.Month:
		return e.Month > 0 && e.Grain == expr.GrainMonth
	}
	return false
}

func dayOrFiner(e *expr.Expr) bool {
	switch {
	case e.Season > 0, e.Grain > expr.GrainDay:
		return false
	case e.Day > 0, e.Weekday.IsSet(), e.Hour.IsSet(), e.Part != expr.NoPart:
		return true
	case e.Month > 0, e.Year > 0:
		return false
	}
	return true
}

// resolveAll resolves every mention counting from the day ref, into the
// values val gives: the mentions' own, or one run's of several candidate
// days.
func resolveAll(ms []Mention, dirs []dirFor, ref time.Time, memo *resolveMemo, val func(i int) *Value) {
	for i := range ms {
		var prev *Value
		if j := ms[i].AnchorIndex; j >= 0 && val(j).Placed() {
			prev = val(j)
		}
		*val(i) = memo.resolve(&ms[i].Expr, prev, &dirs[i], ref)
	}
}

// combine folds the values one mention takes under each candidate reference
// day into one honest value: the same value when they agree, else the span
// of all of them, ambiguous, with the day offset when it is constant.
func combine(vals []Value, days []time.Time, date Value) Value {
	v := vals[0]
	if len(vals) == 1 {
		return v
	}
	same := true
	rel := dayDiff(days[0], v.From)
	relOK := v.Placed() && v.Grain <= expr.GrainDay
	for k, o := range vals[1:] {
		if !o.From.Equal(v.From) || !o.To.Equal(v.To) || o.Timex != v.Timex {
			same = false
		}
		if !o.Placed() || dayDiff(days[k+1], o.From) != rel {
			relOK = false
		}
	}
	if same {
		return v
	}
	out := v
	for _, o := range vals[1:] {
		if o.From.Before(out.From) {
			out.From = o.From
		}
		if o.To.After(out.To) {
			out.To = o.To
		}
		out.Timex = mergeTimex(out.Timex, o.Timex)
	}
	out.Certainty = Ambiguous
	out.Why = Why{Kind: WhyDayUnknown, ArticleDate: date.Timex}
	out.Reason = out.Why.String()
	if relOK {
		out.RelDay = &rel
	}
	return out
}

// mergeTimex keeps what two TIMEX3 values share and writes X elsewhere, by
// whole fields: once a field differs, the finer ones after it mean nothing
// ("2021-12-29" and "2022-01-05" give "XXXX-XX-XX", not "202X-XX-XX").
func mergeTimex(a, b string) string {
	out := []byte(a)
	differ := len(a) != len(b)
	for i := 0; i < len(out); {
		if out[i] < '0' || out[i] > '9' {
			if !differ && out[i] != b[i] {
				differ = true
			}
			i++
			continue
		}
		j := i
		for j < len(out) && out[j] >= '0' && out[j] <= '9' {
			j++
		}
		if !differ && a[i:j] != b[i:j] {
			differ = true
		}
		if differ {
			for k := i; k < j; k++ {
				out[k] = 'X'
			}
		}
		i = j
	}
	return string(out)
}

func dayDiff(from, to time.Time) int {
	a, b := startOfDay(from), startOfDay(to)
	// Calendar days, not 24-hour periods: DST days are 23 or 25 hours long.
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return int(civil(by, bm, bd, 12, 0, 0, 0, time.UTC).Sub(civil(ay, am, ad, 12, 0, 0, 0, time.UTC)).Hours() / 24)
}

func startOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return civil(y, m, d, 0, 0, 0, 0, t.Location())
}

func dayValue(d time.Time) Value {
	d = startOfDay(d)
	return Value{From: d, To: addDate(d, 0, 0, 1), Grain: expr.GrainDay, Type: expr.Date, Timex: dayTimex(d)}
}

// ResolveUndated gives a Value to the mentions of an undated text that need
// no date to be placed ("le 5 janvier 2022", "en 1998"), in loc. The others
// keep a zero Value: with no article date, "mardi" is no day at all.
func ResolveUndated(ms []Mention, loc *time.Location) {
	for i := range ms {
		e := ms[i].Expr
		if !absolute(e) {
			continue
		}
		ref := civil(e.Year, 1, 1, 0, 0, 0, 0, loc)
		if e.Range != nil {
			ref = civil(e.Range[0].Year, 1, 1, 0, 0, 0, 0, loc)
		}
		ms[i].Value = resolveOne(e, nil, known(direction{dir: expr.DirNearest}), ref)
		ms[i].AnchorIndex = -1
	}
	dropBrokenRanges(ms)
}

// absolute reports whether e names its place in time without an anchor.
func absolute(e expr.Expr) bool {
	if !e.Type.IsPoint() || e.Timex != "" {
		return false
	}
	if e.Range != nil {
		return absolute(e.Range[0]) && absolute(e.Range[1])
	}
	return e.Anchor == expr.AnchorNone && e.Year > 0 && e.Shift.Unit == expr.NoUnit
}
