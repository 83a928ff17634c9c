package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"frise/timeline/expr"
)

// resolveOne turns one expression into a value, counting from ref (the
// article's day, or its time when the date has one) or, for a phrase
// anchored on the previous mention, from prev.
func resolveOne(e expr.Expr, prev *Value, dir *dirFor, ref time.Time) Value {
	if e.Year > 0 && e.Year < 100 {
		e.Year = fullYear(e.Year, ref.Year())
	}
	if e.Same {
		return sameTime(e, prev, ref)
	}
	if e.Nth != 0 {
		period := e
		period.Nth, period.Weekday, period.Weekend, period.Grain = 0, expr.Opt[int]{}, false, e.Grain
		if e.Month == 0 && e.Year == 0 && e.Season == 0 && e.Shift.N == 0 && e.Shift.Unit == expr.NoUnit {
			return Value{} // "le deuxième mardi" of nothing written
		}
		v := periodWeekday(resolveOne(period, prev, dir, ref), int(e.Nth), time.Weekday(e.Weekday.Or(-1)))
		if e.Weekend && v.Placed() {
			// "le deuxième week-end de juin": that Saturday and the Sunday after.
			y, w := v.From.ISOWeek()
			v.To, v.Grain, v.Timex = addDate(v.From, 0, 0, 2), expr.GrainWeek, fmt.Sprintf("%04d-W%02d-WE", y, w)
		}
		return v
	}
	if e.Head.N != 0 && e.Type == expr.Date && e.Range == nil {
		whole := e
		whole.Head = expr.Shift{}
		return headOf(resolveOne(whole, prev, dir, ref), e.Head)
	}
	switch e.Type {
	case expr.Duration, expr.Set:
		v := Value{Type: e.Type, Timex: e.Timex, Grain: e.Grain}
		if e.Type == expr.Duration && e.Range != nil {
			// A stretch the text anchors ("les trois derniers mois"): a
			// duration, with the interval it covers.
			r := e
			r.Type = expr.Date
			if w := resolveRange(r, prev, dir, ref); w.Placed() {
				v.From, v.To, v.Certainty, v.Reason = w.From, w.To, w.Certainty, w.Reason
			}
		}
		return v
	}
	if e.Range != nil {
		v := resolveRange(e, prev, dir, ref)
		if strings.HasPrefix(e.Timex, "XXXX-") && e.Range[0].Anchor == expr.AnchorNone && v.Placed() && dir != nil && dir.get().dir == expr.DirFuture {
			// A quarter or a half still to come ("will report
			// fourth-quarter results", said in November): the one not yet
			// ended, this year's if it is under way. One whose year the
			// text gives ("of next year") stays in it.
			if from, to := addDate(v.From, -1, 0, 0), addDate(v.To, -1, 0, 0); to.After(ref) {
				v.From, v.To = from, to
			}
		}
		if e.Timex != "" && v.Placed() {
			// A range TIMEX3 writes as one value: the decade "199", the
			// quarter "2021-Q3", its year once known.
			v.Timex = e.Timex
			if rest, ok := strings.CutPrefix(v.Timex, "XXXX"); ok {
				v.Timex = fmt.Sprintf("%04d", v.From.Year()) + rest
			} else if rest, ok := strings.CutPrefix(v.Timex, "FYXXXX"); ok {
				v.Timex = fmt.Sprintf("FY%04d", v.From.Year()) + rest // a fiscal year counted from the article's
			}
			if strings.Contains(v.Timex, "-Q") {
				v.Grain = expr.GrainQuarter
			}
		}
		return v
	}
	if e.Timex != "" {
		// A fixed reference such as PRESENT_REF has no extent of its own.
		return Value{Type: e.Type, Timex: e.Timex, Grain: e.Grain}
	}
	loc := ref.Location()
	base := ref
	if e.Anchor == expr.AnchorPrev && prev != nil {
		base = prev.From
	}
	day := startOfDay(base)
	if e.Hour == expr.Some(24) && e.Anchor == expr.AnchorPrev && prev == nil && e.Shift.N == 0 && e.Day == 0 && !e.Weekday.IsSet() &&
		e.Month == 0 && e.Year == 0 && dir != nil && dir.get().dir == expr.DirPast {
		// "the ceasefire took effect at midnight", "l'incendie s'est
		// déclaré peu avant minuit", told in the past on the story's day:
		// the midnight that began that day, not the one that ends it, still
		// to come.
		day = addDate(day, 0, 0, -1)
	}
	grain := e.Grain
	var v Value
	var slip string // a weekday the date named does not fall on
	far := false    // a year the text left out, chosen as the nearest, months away
	switch e.Shift.Unit {
	case expr.Second, expr.Minute, expr.Hour:
		unit := time.Minute
		switch e.Shift.Unit {
		case expr.Second:
			unit = time.Second
		case expr.Hour:
			unit = time.Hour
		}
		t := base.Add(time.Duration(e.Shift.N) * unit)
		if grain == expr.GrainUnknown {
			grain = expr.GrainMinute
		}
		return finish(e, t, grain, dir)
	case expr.Day:
		day = addDate(day, 0, 0, e.Shift.N)
	case expr.Week:
		day = addDate(day, 0, 0, 7*e.Shift.N)
	case expr.Month:
		if grain == expr.GrainDay {
			// "il y a cinq mois": the same day of the month, clamped to its
			// end (31 March minus one month is 28 February, not 3 March).
			day = addMonthsClamped(day, e.Shift.N)
		} else {
			day = civil(day.Year(), day.Month()+time.Month(e.Shift.N+edgeStep(e, day, 0, 1, dir)), 1, 0, 0, 0, 0, loc)
		}
	case expr.Year:
		if grain == expr.GrainDay {
			day = addMonthsClamped(day, 12*e.Shift.N)
		} else {
			day = civil(day.Year()+e.Shift.N+edgeStep(e, day, 1, 0, dir), 1, 1, 0, 0, 0, 0, loc)
		}
	}
	if ownEdge(e) && dir != nil {
		day = edgeSide(e, day, ref, dir)
	}
	switch {
	case e.Holiday != "":
		d, ok := pickHoliday(e, day, dir)
		if !ok {
			return v
		}
		day = d
		if e.Weekend {
			return feastWeekend(e, day, dir)
		}
	case e.Day > 0 && e.Shift.Unit == expr.Month && e.Month == 0 && e.Year == 0 && !e.Weekday.IsSet():
		// "le 15 du mois prochain": that day of the month the shift names
		// (day is its first); "le 31 du mois prochain" in January is none.
		if e.Day > daysIn(day.Year(), day.Month()) {
			return v
		}
		day = civil(day.Year(), day.Month(), e.Day, 0, 0, 0, 0, loc)
	case e.Day > 0:
		d, ok := pickDate(e, day, dir)
		if !ok {
			return v
		}
		far = e.Year == 0 && !e.Weekday.IsSet() && farFrom(day, d, dir) // a weekday picks its year
		if w, ok := e.Weekday.Get(); ok && int(d.Weekday()) != w {
			slip = fmt.Sprintf("the text names a %s, but %s is a %s: the date is kept, the weekday taken for a slip",
				time.Weekday(w), d.Format("2 January 2006"), d.Weekday())
		} else if ok && e.Year == 0 && d.Year() <= day.Year()-2 {
			slip = fmt.Sprintf("the text names a %s and no year: %s is the last such date that falls on one",
				time.Weekday(w), d.Format("2 January 2006"))
		}
		day = d
		if e.Weekend {
			return feastWeekend(e, day, dir)
		}
	case e.Weekend:
		sat := pickWeekday(e, day, dir)
		if dir.get().dir != expr.DirFuture && !day.Before(addDate(sat, 0, 0, 1)) && day.Before(addDate(sat, 0, 0, 2)) {
			sat = addDate(day, 0, 0, -1) // on Sunday, "ce week-end" is this one
		}
		v := finish(e, sat, expr.GrainDay, dir)
		y, w := sat.ISOWeek()
		v.To, v.Grain, v.Timex = addDate(sat, 0, 0, 2), expr.GrainWeek, fmt.Sprintf("%04d-W%02d-WE", y, w)
		return v
	case e.Weekday.IsSet():
		day = pickWeekday(e, day, dir)
	case e.Month > 0 && e.Year == 0 && e.Shift.Unit == expr.Year:
		// A month of a year counted from the article's ("of the year",
		// "de l'année dernière"): that year's, whatever the tense.
		day = civil(day.Year(), time.Month(e.Month), 1, 0, 0, 0, 0, loc)
		if grain == expr.GrainUnknown {
			grain = expr.GrainMonth
		}
	case e.Month > 0:
		d, ok := pickMonth(e, day, dir)
		if !ok {
			return v
		}
		far = e.Year == 0 && farFrom(day, d, dir)
		day = d
		if grain == expr.GrainUnknown {
			grain = expr.GrainMonth
		}
	case e.Season > 0:
		return pickSeason(e, day, dir)
	case e.Year > 0:
		day = civil(e.Year, 1, 1, 0, 0, 0, 0, loc)
		if grain == expr.GrainUnknown {
			grain = expr.GrainYear
		}
	case e.Part == expr.Night && e.Shift.N == 0 && (e.Shift.Unit == expr.NoUnit || e.Shift.Unit == expr.Day) &&
		(e.Anchor == expr.AnchorDoc || e.Anchor == expr.AnchorPrev && day.Equal(startOfDay(ref))) && dir.get().dir != expr.DirFuture:
		// "cette nuit" told in the past is the night that ended this
		// morning; so is "dans la nuit" when the day it is in is the
		// story's own ("ont été dispersés dans la nuit").
		day = addDate(day, 0, 0, -1)
	}
	if grain == expr.GrainUnknown {
		grain = expr.GrainDay
	}
	switch e.Then.Unit {
	case expr.Day:
		day, grain = addDate(day, 0, 0, e.Then.N), expr.GrainDay
	case expr.Week:
		day, grain = addDate(day, 0, 0, 7*e.Then.N), expr.GrainDay
	case expr.Month:
		day, grain = addMonthsClamped(day, e.Then.N), expr.GrainDay
	case expr.Year:
		day, grain = addMonthsClamped(day, 12*e.Then.N), expr.GrainDay
	}
	v = finish(e, day, grain, dir)
	if e.Anchor == expr.AnchorPrev && prev != nil && e.Hour.IsSet() && prev.Grain == expr.GrainPartOfDay &&
		v.From.Before(prev.From) && !addDate(v.From, 0, 0, 1).Before(prev.From) && addDate(v.From, 0, 0, 1).Before(prev.To) {
		// "dans la nuit de samedi à dimanche, vers 2 h": a time said in a
		// night that runs past midnight is the one inside it, on Sunday.
		return finish(e, addDate(day, 0, 0, 1), grain, dir)
	}
	if slip != "" {
		v.Certainty, v.Reason = max(v.Certainty, Inferred), joinReasons(v.Reason, slip)
	}
	if far {
		v.Certainty, v.Reason, v.Why = max(v.Certainty, Inferred), joinReasons(v.Reason, farReason), Why{Kind: WhyFar} // said by Reason when joined
	}
	return v
}

// ownEdge reports whether e is the start or end of the article's own
// year, month or week, the text naming no other ("la fin de l'année", "en
// début de semaine"; not "la fin de l'année dernière").
func ownEdge(e expr.Expr) bool {
	return (e.Mod == expr.Start || e.Mod == expr.End) && e.Anchor == expr.AnchorDoc && e.Shift.N == 0 &&
		(e.Shift.Unit == expr.Year || e.Shift.Unit == expr.Month || e.Shift.Unit == expr.Week) &&
		e.Year == 0 && e.Month == 0 && e.Day == 0 && e.Season == 0 && !e.Weekday.IsSet() && !e.Hour.IsSet() &&
		e.Then == (expr.Shift{}) && e.Part == expr.NoPart
}

// edgeSide moves day, the first day of the article's period an edge is
// of, to the period before when the clause tells of the past and that
// edge is still to come ("les stocks avaient baissé à la fin de l'année",
// told in January: the year before), or to the period after when the
// clause looks ahead and that edge is over ("le chantier débutera en
// début de mois", told on the 25th).
func edgeSide(e expr.Expr, day, ref time.Time, dir *dirFor) time.Time {
	step := func(n int) time.Time {
		switch e.Shift.Unit {
		case expr.Year:
			return addDate(day, n, 0, 0)
		case expr.Month:
			return addDate(day, 0, n, 0)
		}
		return addDate(day, 0, 0, 7*n)
	}
	start := day
	if e.Shift.Unit == expr.Week {
		start = addDate(day, 0, 0, -(int(day.Weekday())+6)%7) // the Monday of its ISO week
	}
	from, to := narrow(start, addDate(start, 0, 0, dayDiff(day, step(1))), e.Mod)
	switch d := dir.get().dir; {
	case d == expr.DirPast && e.Mod == expr.End && from.After(ref):
		return step(-1)
	case d == expr.DirFuture && e.Mod == expr.Start && !to.After(ref):
		return step(1)
	}
	return day
}

// addMonthsClamped moves day by n months, keeping its day of the month
// when the target month has it, else its last day.
func addMonthsClamped(day time.Time, n int) time.Time {
	first := civil(day.Year(), day.Month()+time.Month(n), 1, 0, 0, 0, 0, day.Location())
	d := min(day.Day(), daysIn(first.Year(), first.Month()))
	return civil(first.Year(), first.Month(), d, 0, 0, 0, 0, day.Location())
}

// finish places the day (or instant) t at the grain, then the part of day or
// the time of day the expression names.
func finish(e expr.Expr, t time.Time, grain expr.Granularity, dir *dirFor) Value {
	loc := t.Location()
	y, m, d := t.Date()
	v := Value{Type: e.Type, Grain: grain}
	var tb [32]byte // the TIMEX3 value is written here, then copied once
	if v.Type == "" {
		v.Type = expr.Date
	}
	switch {
	case e.Hour.IsSet():
		h, _ := e.Hour.Get()
		tl := loc
		if z := zoneOf(e.Zone); z != nil {
			tl = z
		}
		at := civil(y, m, d, h, e.Minute, 0, 0, tl)
		v.From, v.To = at.In(loc), at.Add(time.Minute).In(loc)
		v.Grain, v.Type = expr.GrainMinute, expr.Time
		v.Timex = string(pad(append(pad(append(isoDay(tb[:0], y, m, d), 'T'), h, 2), ':'), e.Minute, 2))
		if e.Grain == expr.GrainSecond {
			// "à 10:12:59": the second the text names.
			at = at.Add(time.Duration(e.Second) * time.Second)
			v.From, v.To, v.Grain = at.In(loc), at.Add(time.Second).In(loc), expr.GrainSecond
			v.Timex += fmt.Sprintf(":%02d", e.Second)
		}
		if e.Zone != "" && tl != loc {
			// The text named the zone: TIMEX3 writes its offset, in hours
			// as the French TimeBank does ("T20:30+1").
			_, off := at.Zone()
			if off%3600 == 0 {
				v.Timex += fmt.Sprintf("%+d", off/3600)
			} else {
				v.Timex += fmt.Sprintf("%+03d:%02d", off/3600, abs(off%3600)/60)
			}
		}
	case e.Part != expr.NoPart:
		h0, h1 := e.Part.Hours()
		v.From = civil(y, m, d, h0, 0, 0, 0, loc)
		v.To = civil(y, m, d, h1, 0, 0, 0, loc)
		v.Grain, v.Type = expr.GrainPartOfDay, expr.Time
		v.Timex = string(append(append(isoDay(tb[:0], y, m, d), 'T'), e.Part.Code()...))
	case grain == expr.GrainSecond:
		v.From, v.To = t, t.Add(time.Second)
		v.Type = expr.Time
		v.Timex = t.Format("2006-01-02T15:04:05")
	case grain == expr.GrainMinute || grain == expr.GrainHour:
		v.From, v.To = t, t.Add(time.Minute)
		v.Type = expr.Time
		v.Timex = t.Format("2006-01-02T15:04")
	case grain == expr.GrainWeek:
		// ISO weeks start on Monday.
		off := (int(t.Weekday()) + 6) % 7
		v.From = civil(y, m, d-off, 0, 0, 0, 0, loc)
		v.To = addDate(v.From, 0, 0, 7)
		iy, iw := v.From.ISOWeek()
		v.Timex = string(pad(append(pad(tb[:0], iy, 4), "-W"...), iw, 2))
	case grain == expr.GrainMonth:
		v.From = civil(y, m, 1, 0, 0, 0, 0, loc)
		v.To = addDate(v.From, 0, 1, 0)
		v.Timex = string(pad(append(pad(tb[:0], y, 4), '-'), int(m), 2))
	case grain == expr.GrainQuarter:
		q := (int(m) - 1) / 3
		v.From = civil(y, time.Month(3*q+1), 1, 0, 0, 0, 0, loc)
		v.To = addDate(v.From, 0, 3, 0)
		v.Timex = fmt.Sprintf("%04d-Q%d", y, q+1)
	case grain == expr.GrainYear:
		v.From = civil(y, 1, 1, 0, 0, 0, 0, loc)
		v.To = addDate(v.From, 1, 0, 0)
		v.Timex = string(pad(tb[:0], y, 4))
	default:
		v.From = civil(y, m, d, 0, 0, 0, 0, loc)
		v.To = addDate(v.From, 0, 0, 1)
		v.Grain = expr.GrainDay
		v.Timex = string(isoDay(tb[:0], y, m, d))
	}
	if e.Mod != expr.NoMod {
		v.From, v.To = narrow(v.From, v.To, e.Mod)
	}
	if needsDirection(e) && dir.get().policy {
		v.Certainty = Inferred
		v.Why = Why{Kind: WhyPastNoCue}
		v.Reason = v.Why.String()
	} else if (needsDirection(e) || undatedYear(e)) && dir.get().toCome {
		v.Certainty = Inferred
		v.Why = Why{Kind: WhyToCome}
		v.Reason = v.Why.String()
	}
	return v
}

// edgeStep is the step, -1, 0 or +1 period, that an edge of the
// article's own year or month ("year-end", "the end of the month", "the
// beginning of the year") takes when its tense puts it on the other side
// of the article's day: "Inventories fell at year-end", said in February,
// is last year's end, this one's being still to come; "the law will take
// effect at the beginning of the year", said in December, next year's.
// years and months give the period's length.
func edgeStep(e expr.Expr, day time.Time, years, months int, dir *dirFor) int {
	if e.Shift.N != 0 || e.Anchor != expr.AnchorDoc || e.Mod != expr.Start && e.Mod != expr.End || dir == nil {
		return 0
	}
	from := civil(day.Year(), 1, 1, 0, 0, 0, 0, day.Location())
	if months > 0 {
		from = civil(day.Year(), day.Month(), 1, 0, 0, 0, 0, day.Location())
	}
	f, t := narrow(from, addDate(from, years, months, 0), e.Mod)
	switch d := dir.get(); {
	case d.dir == expr.DirPast && e.Mod == expr.End && f.After(day):
		return -1
	case d.dir == expr.DirFuture && e.Mod == expr.Start && !t.After(day):
		return 1
	}
	return 0
}

// needsDirection reports whether the value of e depends on past or future.
func needsDirection(e expr.Expr) bool {
	return e.Anchor == expr.AnchorDoc && e.Shift.Unit == expr.NoUnit && (e.Weekday.IsSet() || e.Part == expr.Night) && e.Day == 0
}

// narrow keeps the first, middle or last third of [from, to), or a half:
// in days when the period is days long ("début janvier": the 1st to the
// 10th; "la seconde quinzaine de juillet": the 16th to the 31st), else in
// hours.
func narrow(from, to time.Time, mod expr.Mod) (time.Time, time.Time) {
	days := dayDiff(from, to)
	switch {
	case mod == expr.FirstHalf && days >= 2:
		return from, addDate(from, 0, 0, days/2)
	case mod == expr.SecondHalf && days >= 2:
		return addDate(from, 0, 0, days/2), to
	}
	if days >= 3 {
		third := days / 3
		switch mod {
		case expr.Start:
			return from, addDate(from, 0, 0, third)
		case expr.Mid:
			return addDate(from, 0, 0, third), addDate(from, 0, 0, 2*third)
		default:
			return addDate(from, 0, 0, 2*third), to
		}
	}
	third := to.Sub(from) / 3
	switch mod {
	case expr.Start:
		return from, from.Add(third)
	case expr.Mid:
		return from.Add(third), from.Add(2 * third)
	}
	return from.Add(2 * third), to
}

// pickDate places "le 5 janvier", "le 2", "mardi 4": the year or month the
// text leaves out is the one that puts the date nearest to day, or on the
// side the clause's direction gives.
func pickDate(e expr.Expr, day time.Time, dir *dirFor) (time.Time, bool) {
	loc := day.Location()
	cands := make([]time.Time, 0, 3) // at most three: kept off the heap
	add := func(y int, m time.Month) {
		if e.Day <= daysIn(y, m) {
			cands = append(cands, civil(y, m, e.Day, 0, 0, 0, 0, loc))
		}
	}
	switch {
	case e.Year > 0 && e.Month > 0:
		add(e.Year, time.Month(e.Month))
	case e.Month > 0 && !e.Weekday.IsSet():
		// The month is the one nearest the anchor (or on the direction's
		// side); a day it does not have is no date: "29 février" read in
		// 2013 is not 2012's.
		months := make([]time.Time, 0, 3)
		for y := day.Year() - 1; y <= day.Year()+1; y++ {
			months = append(months, civil(y, time.Month(e.Month), 1, 0, 0, 0, 0, loc))
		}
		ref := day
		if dir.get().dir == expr.DirAuto || dir.get().dir == expr.DirNearest {
			ref = addDate(day, 0, 0, -e.Day+1) // compare months from the same day of the month
		}
		m := choose(months, ref, dir)
		if dir.get().dir == expr.DirPast || dir.get().dir == expr.DirFuture {
			// The direction is about the date, not the month: try the dated
			// candidates as before, and keep the one in the chosen month when
			// it exists.
			for y := day.Year() - 1; y <= day.Year()+1; y++ {
				add(y, time.Month(e.Month))
			}
			break
		}
		add(m.Year(), m.Month())
	case e.Month > 0:
		for y := day.Year() - 1; y <= day.Year()+1; y++ {
			add(y, time.Month(e.Month))
		}
	default:
		for k := -1; k <= 1; k++ {
			first := civil(day.Year(), day.Month()+time.Month(k), 1, 0, 0, 0, 0, loc)
			add(first.Year(), first.Month())
		}
	}
	if w, ok := e.Weekday.Get(); ok {
		same := make([]time.Time, 0, 3)
		for _, c := range cands {
			if int(c.Weekday()) == w {
				same = append(same, c)
			}
		}
		// A weekday that fits none of the dates is a slip of the writer
		// (or of the year): the date wins, unless, told in the past, it
		// fits the year before those ("mardi 3 mars, le conseil a voté",
		// told in January 2022: 3 March 2020, a Tuesday; 2021's was a
		// Wednesday). A date still to come two years on is no news: a slip.
		if len(same) == 0 && e.Year == 0 && e.Month > 0 && dir.get().dir == expr.DirPast {
			if y := day.Year() - 2; e.Day <= daysIn(y, time.Month(e.Month)) {
				if c := civil(y, time.Month(e.Month), e.Day, 0, 0, 0, 0, loc); int(c.Weekday()) == w {
					same = append(same, c)
				}
			}
		}
		if len(same) > 0 {
			cands = same
		}
	}
	if e.Year == 0 && e.Month > 0 && !e.Weekday.IsSet() {
		// A direction given and no such date on its side in the years
		// around: "le 29 février" still to come, said in 2017, is 2020's.
		// The direction always wins over the nearest date.
		switch d := dir.get().dir; {
		case d == expr.DirFuture && (len(cands) == 0 || cands[len(cands)-1].Before(day)):
			for y := day.Year() + 2; y <= day.Year()+8; y++ {
				if e.Day <= daysIn(y, time.Month(e.Month)) {
					cands = append(cands, civil(y, time.Month(e.Month), e.Day, 0, 0, 0, 0, loc))
					break
				}
			}
		case d == expr.DirPast && (len(cands) == 0 || cands[0].After(day)):
			for y := day.Year() - 2; y >= day.Year()-8; y-- {
				if e.Day <= daysIn(y, time.Month(e.Month)) {
					cands = append([]time.Time{civil(y, time.Month(e.Month), e.Day, 0, 0, 0, 0, loc)}, cands...)
					break
				}
			}
		}
	}
	if len(cands) == 0 {
		return time.Time{}, false
	}
	if len(cands) == 1 {
		return cands[0], true
	}
	return choose(cands, day, dir), true
}

// pickMonth places "en janvier", "début mars".
func pickMonth(e expr.Expr, day time.Time, dir *dirFor) (time.Time, bool) {
	loc := day.Location()
	if e.Year > 0 {
		return civil(e.Year, time.Month(e.Month), 1, 0, 0, 0, 0, loc), true
	}
	cands := make([]time.Time, 0, 3)
	for y := day.Year() - 1; y <= day.Year()+1; y++ {
		cands = append(cands, civil(y, time.Month(e.Month), 1, 0, 0, 0, 0, loc))
	}
	// A month counts as "on or before" today while today is in it.
	ref := civil(day.Year(), day.Month(), 1, 0, 0, 0, 0, loc)
	return choose(cands, ref, dir), true
}

// choose picks among sorted candidates: the latest on or before ref for the
// past, the earliest on or after it for the future, else the nearest.
func choose(cands []time.Time, ref time.Time, dir *dirFor) time.Time {
	switch dir.get().dir {
	case expr.DirPast:
		for i := len(cands) - 1; i >= 0; i-- {
			if !cands[i].After(ref) && !(dir.get().strict && cands[i].Equal(ref)) {
				return cands[i]
			}
		}
		return cands[0]
	case expr.DirFuture:
		for _, c := range cands {
			if !c.Before(ref) && !(dir.get().strict && c.Equal(ref)) {
				return c
			}
		}
		return cands[len(cands)-1]
	}
	best := cands[0]
	for _, c := range cands[1:] {
		if absDur(c.Sub(ref)) < absDur(best.Sub(ref)) {
			best = c
		}
	}
	return best
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// pickWeekday places a weekday: in the past (the default for press copy),
// the latest on or before day; in the future, the next on or after it;
// "ce mardi", the one in day's week. A night belongs to the day it starts
// on, but in the past it must have ended: "la nuit de mardi à mercredi" is
// the one whose Wednesday is the latest on or before day.
func pickWeekday(e expr.Expr, day time.Time, dir *dirFor) time.Time {
	w := e.Weekday.Or(-1)
	night := e.Part == expr.Night
	if night && dir.get().dir != expr.DirFuture {
		w = (w + 1) % 7
	}
	cur := int(day.Weekday())
	var d time.Time
	switch dir.get().dir {
	case expr.DirFuture:
		n := (w - cur + 7) % 7
		if n == 0 && dir.get().strict {
			n = 7
		}
		d = addDate(day, 0, 0, n)
	case expr.DirNearest:
		off := (w+6)%7 - (cur+6)%7 // Monday-first week
		d = addDate(day, 0, 0, off)
	default:
		n := (cur - w + 7) % 7
		if n == 0 && dir.get().strict {
			n = 7
		}
		d = addDate(day, 0, 0, -n)
	}
	if night && dir.get().dir != expr.DirFuture {
		d = addDate(d, 0, 0, -1)
	}
	return d
}

// pickSeason places "l'été dernier", "cet hiver": TIMEX3 writes 2021-SU.
func pickSeason(e expr.Expr, day time.Time, dir *dirFor) Value {
	loc := day.Location()
	start := func(y, s int) time.Time {
		months := [...]time.Month{0, time.March, time.June, time.September, time.December}
		days := [...]int{0, 20, 21, 22, 21}
		return civil(y, months[s], days[s], 0, 0, 0, 0, loc)
	}
	y := day.Year()
	if e.Year > 0 {
		y = e.Year
	}
	var cands []time.Time
	for k := y - 1; k <= y+1; k++ {
		cands = append(cands, start(k, e.Season))
	}
	if e.Year > 0 {
		cands = cands[1:2]
	}
	from := choose(cands, day, dir)
	if d := dir.get(); d.dir == expr.DirFuture && !d.strict && e.Year == 0 {
		// "opens in the spring", said on its second day: the spring under
		// way, still to end, not the next, as a quarter still to come is.
		for _, c := range cands {
			if !c.After(day) && day.Before(addDate(c, 0, 3, 0)) {
				from = c
			}
		}
	}
	if e.Shift.Unit == expr.Year {
		from = start(day.Year(), e.Season)
	}
	next := e.Season%4 + 1
	ny := from.Year()
	if next == 1 {
		ny++
	}
	codes := [...]string{"", "SP", "SU", "FA", "WI"}
	v := Value{From: from, To: start(ny, next), Grain: expr.GrainSeason, Type: expr.Date,
		Timex: fmt.Sprintf("%04d-%s", from.Year(), codes[e.Season])}
	if e.Mod != expr.NoMod {
		v.From, v.To = narrow(v.From, v.To, e.Mod)
	}
	if e.Year == 0 && e.Shift.Unit == expr.NoUnit && farFrom(day, from, dir) {
		v.Certainty, v.Reason, v.Why = Inferred, farReason, Why{Kind: WhyFar}
	} else if dir.get().toCome {
		v.Certainty, v.Why = Inferred, Why{Kind: WhyToCome}
		v.Reason = v.Why.String()
	}
	return v
}

// farFrom reports whether picked, a date, month or season whose year the
// text leaves out, was taken as the nearest to day for want of a tense,
// and lies months from it: the one a year on the other side is nearly
// as near ("en juillet" said in January, no verb to tell which).
func farFrom(day, picked time.Time, dir *dirFor) bool {
	const months = 92 * 24 * time.Hour
	return absDur(picked.Sub(day)) > months && dir.get().policy
}

const farReason = "no tense cue in the clause: the nearest one, months away, was taken; the one a year on the other side is nearly as near"

func resolveRange(e expr.Expr, prev *Value, dir *dirFor, ref time.Time) Value {
	// An end that says its own direction ("jusqu'au mardi suivant") keeps it.
	own := func(x expr.Expr) *dirFor {
		if x.Dir != expr.DirAuto {
			return known(direction{dir: x.Dir, strict: true})
		}
		return dir
	}
	a := resolveOne(e.Range[0], prev, own(e.Range[0]), ref)
	if !a.Placed() {
		return Value{}
	}
	// The second end is the first one on or after the first: "entre le 15
	// juillet et le 15 août" is one summer, whatever the tense.
	bdir, bref := own(e.Range[1]), ref
	if e.Range[1].Year == 0 && e.Range[1].Anchor == expr.AnchorNone {
		bdir, bref = known(direction{dir: expr.DirFuture}), a.From
	}
	b := resolveOne(e.Range[1], &a, bdir, bref)
	if !b.Placed() {
		return Value{}
	}
	if b.To.Before(a.From) && bareClock(&e.Range[1]) {
		// "from 8 p.m. to 7 a.m.", "de 22 h à 6 h": the end is the next
		// morning's, not the same day's before the start.
		next := a
		next.From = addDate(startOfDay(a.From), 0, 0, 1)
		if nb := resolveOne(e.Range[1], &next, bdir, bref); nb.Placed() && !nb.To.Before(a.From) {
			b = nb
		}
	}
	if b.To.Before(a.From) && e.Range[1].Hour.IsSet() && b.Grain <= expr.GrainMinute && len(b.Timex) > 10 && sameDay(a.From, b.From) {
		// Two times given one day ("December 31, 2022 10:00 pm - 1:00
		// am"): the end before the start is the next morning's too.
		b.From, b.To = addDate(b.From, 0, 0, 1), addDate(b.To, 0, 0, 1)
		b.Timex = dayTimex(b.From) + b.Timex[10:]
	}
	if !a.From.Before(b.From) && absolute(e.Range[1]) && !absolute(e.Range[0]) && e.Range[0].Dir == expr.DirAuto {
		// "du lundi au 3 janvier 2022": the end is fixed, the start
		// counts back from it (the Monday before), not from the story's
		// day, on or after it.
		if na := resolveOne(e.Range[0], prev, known(direction{dir: expr.DirPast, strict: true}), startOfDay(b.From)); na.Placed() && b.To.After(na.From) {
			a = na
		}
	}
	if b.To.Before(a.From) {
		a, b = b, a
	}
	grain := a.Grain
	if b.Grain > grain {
		grain = b.Grain
	}
	to := b.To
	if e.Range[1].Hour.IsSet() && b.Grain <= expr.GrainMinute && b.From.After(a.From) {
		// "de 14 h à 16 h" ends at 16:00, not in the minute after: a time
		// of day is an instant, a day ("au 5 janvier") is all of it.
		to = b.From
	}
	return Value{From: a.From, To: to, Grain: grain, Type: e.Type, Timex: a.Timex + "/" + b.Timex,
		Certainty: max(a.Certainty, b.Certainty), Reason: joinReasons(a.Reason, b.Reason)}
}

// joinReasons is both reasons, once each.
func joinReasons(a, b string) string {
	switch {
	case a == "" || a == b:
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// zoneOf maps the zones press copy writes after a time: abbreviations, an
// ISO 8601 offset ("Z", "+01:00"), or an IANA name a rule gives for words
// such as "heure de Paris".
func zoneOf(name string) *time.Location {
	if load, ok := namedZones[name]; ok {
		return load()
	}
	if strings.Contains(name, "/") {
		if l, err := time.LoadLocation(name); err == nil {
			return l
		}
	}
	if off, ok := zoneOffsets[name]; ok {
		return time.FixedZone(name, off*3600)
	}
	if off, ok := isoOffset(name); ok {
		return time.FixedZone(name, off)
	}
	return nil
}

// namedZones are the IANA zones the rules name ("heure de Paris"), read
// once: time.LoadLocation reads the zone database from disk at each call.
var namedZones = map[string]func() *time.Location{
	"Europe/Paris": sync.OnceValue(func() *time.Location {
		l, err := time.LoadLocation("Europe/Paris")
		if err != nil {
			return nil // no zone database: the time stays in the article's zone
		}
		return l
	}),
}

// zoneOffsets are the zones press copy names after a time, in hours.
var zoneOffsets = map[string]int{"UTC": 0, "GMT": 0, "CET": 1, "CEST": 2,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "PST": -8, "PDT": -7, "BST": 1, "MSK": 3}

// isoOffset reads an ISO 8601 offset ("Z", "+01:00", "-0530", "+02") in
// seconds.
func isoOffset(s string) (int, bool) {
	if s == "Z" {
		return 0, true
	}
	if len(s) < 3 || s[0] != '+' && s[0] != '-' {
		return 0, false
	}
	digits := strings.ReplaceAll(s[1:], ":", "")
	if len(digits) != 2 && len(digits) != 4 {
		return 0, false
	}
	h, err := strconv.Atoi(digits[:2])
	if err != nil || h > 14 {
		return 0, false
	}
	m := 0
	if len(digits) == 4 {
		if m, err = strconv.Atoi(digits[2:]); err != nil || m > 59 {
			return 0, false
		}
	}
	off := h*3600 + m*60
	if s[0] == '-' {
		off = -off
	}
	return off, true
}

// pad appends n to b, zero-padded to width digits as TIMEX3 writes its
// fields. Every resolved phrase writes a value: fmt cost more than the
// rest of finish.
func pad(b []byte, n, width int) []byte {
	if n < 0 {
		return fmt.Appendf(b, "%0*d", width, n)
	}
	if n < 10000 && width <= 4 { // years, months, days, hours: digits written at once
		digits := 1
		for k := 10; k <= n; k *= 10 {
			digits++
		}
		digits = max(digits, width)
		d := [4]byte{byte('0' + n/1000), byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)}
		return append(b, d[4-digits:]...)
	}
	digits := 1
	for k := n; k >= 10; k /= 10 {
		digits++
	}
	for ; digits < width; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// dayTimex is t's day as TIMEX3 writes it, t.Format("2006-01-02") without
// the layout's interpretation.
func dayTimex(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	var b [10]byte
	return string(isoDay(b[:0], y, m, d))
}

// isoDay appends the day y-m-d as TIMEX3 writes it.
func isoDay(b []byte, y int, m time.Month, d int) []byte {
	if y < 0 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return pad(append(pad(append(pad(b, y, 4), '-'), int(m), 2), '-'), d, 2)
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
}

// headOf is the first h.N units of period v, or its last -h.N: "les neuf
// premiers mois de 2021" is January to September 2021, "the last two weeks
// of December" the fourteen days that end it. Days and weeks are counted
// in days, months in months; TIMEX3 writes the first and the last unit.
func headOf(v Value, h expr.Shift) Value {
	if !v.Placed() {
		return v
	}
	n := abs(h.N)
	add := func(t time.Time, k int) time.Time {
		switch h.Unit {
		case expr.Week:
			return addDate(t, 0, 0, 7*k)
		case expr.Month:
			return addDate(t, 0, k, 0)
		case expr.Year:
			return addDate(t, k, 0, 0)
		}
		return addDate(t, 0, 0, k)
	}
	out := v
	if h.N > 0 {
		out.To = add(v.From, n)
	} else {
		out.From = add(v.To, -n)
	}
	if out.From.Before(v.From) || out.To.After(v.To) || !out.From.Before(out.To) {
		return Value{} // "les six premiers mois de janvier": no such part
	}
	layout, grain, last := "2006-01-02", expr.GrainDay, addDate(out.To, 0, 0, -1)
	if h.Unit >= expr.Month {
		layout, grain, last = "2006-01", expr.GrainMonth, addDate(out.To, 0, -1, 0)
	}
	out.Grain = grain
	out.Timex = out.From.Format(layout)
	if t := last.Format(layout); t != out.Timex {
		out.Timex += "/" + t
	}
	return out
}

// sameTime is "la même période de l'an dernier", "the same period last
// year", "l'année dernière à la même époque": the period told before ("au
// premier trimestre … la même période de l'an dernier" is the first
// quarter a year before), else the article's month, in the year the
// phrase names, else in the year told before. With no year to go by, it is
// not placed.
func sameTime(e expr.Expr, prev *Value, ref time.Time) Value {
	named := e.Year != 0 || e.Shift.Unit == expr.Year || e.Then.Unit == expr.Year
	year := e.Year
	switch {
	case e.Shift.Unit == expr.Year:
		year = ref.Year() + e.Shift.N
	case e.Then.Unit == expr.Year && prev != nil && prev.Placed():
		year = prev.From.Year() + e.Then.N
	case e.Then.Unit == expr.Year:
		year = ref.Year() + e.Then.N
	case named:
	case prev != nil && prev.Placed() && prev.Grain == expr.GrainYear:
		year = prev.From.Year()
	case prev != nil && prev.Placed() && (prev.Grain == expr.GrainQuarter || strings.Contains(prev.Timex, "-H")):
		return *prev // "third-quarter net … for the period": that quarter
	default:
		return Value{}
	}
	if named && prev != nil && prev.Placed() && (prev.Grain == expr.GrainMonth || prev.Grain == expr.GrainQuarter || prev.Grain == expr.GrainSeason) {
		// "les neuf premiers mois de 2021 … la même période de l'année
		// précédente": January to September 2020.
		dy := year - prev.From.Year()
		v := *prev
		v.From, v.To = addDate(v.From, dy, 0, 0), addDate(v.To, dy, 0, 0)
		parts := strings.Split(v.Timex, "/")
		for k, t := range parts {
			if len(t) < 4 {
				return Value{}
			}
			y, err := strconv.Atoi(t[:4])
			if err != nil {
				return Value{}
			}
			parts[k] = fmt.Sprintf("%04d", y+dy) + t[4:]
		}
		v.Timex = strings.Join(parts, "/")
		return v
	}
	from := civil(year, ref.Month(), 1, 0, 0, 0, 0, ref.Location())
	return Value{From: from, To: addDate(from, 0, 1, 0), Grain: expr.GrainMonth, Type: expr.Date, Timex: from.Format("2006-01")}
}

// feastWeekend is the long weekend a feast names ("le week-end de
// Pâques", "Labor Day weekend", "Thanksgiving weekend"): the Saturday and
// Sunday nearest the feast's day, and the days from the feast to them
// (Thursday to Sunday for Thanksgiving, Saturday to Monday for a Monday).
// TIMEX3 writes the weekend's week.
func feastWeekend(e expr.Expr, day time.Time, dir *dirFor) Value {
	// Days to the Saturday, by weekday: Sunday to Tuesday look back,
	// Wednesday to Saturday ahead.
	toSat := [7]int{-1, -2, -3, 3, 2, 1, 0}[day.Weekday()]
	sat := addDate(day, 0, 0, toSat)
	from, to := sat, addDate(sat, 0, 0, 2)
	if day.Before(from) {
		from = day
	}
	if !day.Before(to) {
		to = addDate(day, 0, 0, 1)
	}
	v := finish(e, from, expr.GrainDay, dir)
	y, w := sat.ISOWeek()
	v.To, v.Grain, v.Timex = to, expr.GrainWeek, fmt.Sprintf("%04d-W%02d-WE", y, w)
	return v
}

// periodWeekday is the n-th weekday wd of period v ("le premier lundi de
// mars"), or the -n-th from its end ("the last Sunday of January"); not
// placed when the period has no such day.
func periodWeekday(v Value, n int, wd time.Weekday) Value {
	if !v.Placed() || v.Grain < expr.GrainWeek {
		return Value{}
	}
	day := nthIn(v.From, v.To, wd, n)
	if day.Before(v.From) || !day.Before(v.To) {
		return Value{}
	}
	return Value{From: day, To: addDate(day, 0, 0, 1), Grain: expr.GrainDay, Type: expr.Date, Timex: dayTimex(day),
		Certainty: v.Certainty, Reason: v.Reason}
}

// fullYear is the year yy (two digits: "en 89") names for a reader in
// year ref: the one from ninety years before to ten after, "89" read in
// 2002 is 1989, "05" is 2005.
func fullYear(yy, ref int) int {
	y := ref/100*100 + yy
	for y > ref+10 {
		y -= 100
	}
	for y <= ref-90 {
		y += 100
	}
	return y
}

// sameDay reports whether a and b fall on one calendar day.
func sameDay(a, b time.Time) bool {
	ya, ma, da := a.Date()
	yb, mb, db := b.Date()
	return ya == yb && ma == mb && da == db
}
