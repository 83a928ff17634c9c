// Package expr says what a time phrase means before it meets a calendar:
// the grammar (timeline/fr, timeline/en) turns a phrase into an Expr,
// timeline.Resolve turns an Expr into a Value. It imports nothing of frise,
// so that a rule, the tagger and the resolver all speak of a phrase's
// meaning in one vocabulary, and a new kind of meaning is a field or a type
// here plus its resolution in timeline.
package expr

import (
	"fmt"
	"strconv"
	"time"
)

// Granularity is the unit a value is known to: a day, a part of a day, a month.
type Granularity int8

// Granularities, finest first.
const (
	GrainUnknown Granularity = iota
	GrainSecond
	GrainMinute
	GrainHour
	GrainPartOfDay
	GrainDay
	GrainWeek
	GrainMonth
	GrainQuarter
	GrainSeason
	GrainYear
)

var grainNames = [...]string{"unknown", "second", "minute", "hour", "partofday", "day", "week", "month", "quarter", "season", "year"}

// String returns the lower-case name of g, as written in JSON.
func (g Granularity) String() string {
	if g < 0 || int(g) >= len(grainNames) {
		return fmt.Sprintf("Granularity(%d)", int(g))
	}
	return grainNames[g]
}

// MarshalText writes g by name.
func (g Granularity) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// TimexType is the TIMEX3 type of a phrase.
type TimexType string

// TIMEX3 types.
const (
	Date     TimexType = "DATE"
	Time     TimexType = "TIME"
	Duration TimexType = "DURATION"
	Set      TimexType = "SET"
)

// IsPoint reports whether phrases of type t name a place on the time line
// (DATE, TIME), as opposed to a length or a repetition.
func (t TimexType) IsPoint() bool { return t == Date || t == Time }

// Expr is what a time phrase says, before it meets a calendar: the grammar
// (timeline/fr, timeline/en) produces it, Resolve turns it into a Value.
// Zero fields are unset; where 0 is a value (Weekday, Hour), the field is
// an Opt.
type Expr struct {
	// Fields are ordered by size, the one-byte ones last: a mention is
	// copied and compared often, and padding made it a fifth larger.
	Type TimexType

	// Calendar fields named by the text. Year, Month and Day are 0 when
	// unset. A Year of 1 to 99 is written with two digits ("en 89"): its
	// century is the reader's, placed by the resolver.
	Year, Month, Day int

	// Weekday is 0 (Sunday) to 6, when the phrase names one.
	Weekday Opt[int]

	// Season is 1 (spring) to 4 (winter), or 0.
	Season int

	// Shift moves the anchor by N units ("la veille": -1 day, "il y a trois
	// jours": -3 days, "la semaine prochaine": +1 week), before the calendar
	// fields apply.
	Shift Shift

	// Holiday names a feast whose day changes with the year ("easter",
	// "thanksgiving"; see HolidayDate); the year is the one nearest the
	// anchor, or on the side the direction gives.
	Holiday string

	// Then moves the day the calendar fields name: "trois jours après le 5
	// janvier", "two weeks from tomorrow" (a day, never finer).
	Then Shift

	// Head narrows the named period to its first N units, or its last -N
	// ("les neuf premiers mois de 2021", "the last two weeks of December").
	// A count of last units standing alone ("les trois derniers mois")
	// carries it too, for the tagger to join with a period after it.
	Head Shift

	// Hour (0-24), when the phrase names a time of day, and its Minute.
	// Second counts only with Grain GrainSecond ("10:12:59").
	Hour           Opt[int]
	Minute, Second int

	// Zone is a named time zone given with a time ("16h CET"), or "".
	Zone string

	// Timex is the TIMEX3 value for types that need no calendar (DURATION "P3D",
	// SET "XXXX-WXX-1") or a fixed reference ("PRESENT_REF").
	Timex string

	// Lasts is the TIMEX3 DURATION TimeML writes for a count anchored to a
	// time, a phrase still read as the day it names ("in three years":
	// P3Y, "a week earlier": P1W): that day dates its event, and the
	// TIMEX3 written for the phrase (frise tag) says how long.
	Lasts string

	// Says is the granularity TimeML writes the phrase at, when coarser
	// than the day it is read as: "ten years ago" is the year 1979 in
	// TIMEX3, the day 1979-10-25 its from and to (frise tag).
	Says Granularity

	// Range holds the two ends of "du 2 au 5 janvier", "entre lundi et
	// mercredi", each resolved like a phrase of its own; the value spans both.
	Range *[2]Expr

	// Open marks the one named end of a range the text leaves open:
	// "depuis dimanche" +1, "jusqu'à jeudi" -1, "à partir de lundi" +2,
	// "après le 5 janvier" +3, "avant 2018" -3 (see Value.Open); the
	// tagger sets it from the words before the phrase.
	Open int

	// Anchor says what the phrase counts from.
	Anchor Anchor

	// Dir is the direction of a phrase that names a day or a period without
	// fixing which one ("mardi", "cette nuit"): the clause's tense decides when
	// it is DirAuto.
	Dir Direction

	// Weekend marks "ce week-end", "last weekend": Saturday and Sunday of
	// the week the Saturday (Weekday 6) falls in; TIMEX3 writes 2003-W05-WE.
	Weekend bool

	// Nth narrows the named period to its N-th Weekday, or its -N-th from
	// the end ("le premier lundi de mars", "the last Sunday of January");
	// alone ("le deuxième mardi"), it waits for the tagger to join it with
	// the period written after it, and is not placed.
	Nth int8

	// Same marks "la même période", "the same time": the period told
	// before (else the article's month) in the year the phrase names, by
	// Year, by Shift from the article's ("de l'an dernier", "last year"),
	// by Then from the story's ("de l'année précédente", "a year
	// earlier"), else in the year told before ("l'année dernière à la même
	// époque").
	Same bool

	// Part is a part of the day ("soir", "dans la nuit"); Night marks "la nuit de
	// X à Y" (or "dans la nuit de X"), the night that starts on the resolved day.
	Part Part

	// Grain is the unit the phrase names: a day, a week, a month, a year.
	Grain Granularity

	// Mod narrows the named period to its start, middle or end ("début
	// janvier", "mi-janvier", "en fin de matinée"), as TIMEX3's mod attribute.
	Mod Mod

	// Lean is the direction taken when the clause's verbs give none,
	// instead of the past press copy defaults to: "this weekend" is this
	// week's (DirNearest) unless a verb says it is over.
	Lean Direction
}

// Anchor is what a relative phrase counts from.
type Anchor int8

const (
	// AnchorNone: the phrase is absolute ("le 5 janvier 2022") or takes what it
	// lacks (the year) from the article date.
	AnchorNone Anchor = iota
	// AnchorDoc: the article's own time ("hier", "dimanche", "il y a trois jours").
	AnchorDoc
	// AnchorPrev: the date mentioned just before, else the article date ("la
	// veille", "le lendemain", "deux jours plus tard").
	AnchorPrev
	// AnchorNext: a day whose month is the date's written just after it
	// ("les 6" in "les 6 et 13 avril").
	AnchorNext
)

// Direction is past or future, for phrases that name a day without saying which.
type Direction int8

const (
	// DirAuto: the clause's tense decides (bare "mardi").
	DirAuto Direction = iota
	// DirPast: the most recent one, on or before the anchor ("mardi dernier").
	DirPast
	// DirFuture: the next one, on or after the anchor ("mardi prochain").
	DirFuture
	// DirNearest: the one in the anchor's week ("ce mardi").
	DirNearest
)

// Unit is the unit of a Shift.
type Unit int

// Units of a Shift.
const (
	NoUnit Unit = iota
	Second
	Minute
	Hour
	Day
	Week
	Month
	Year
)

// Shift is a signed number of calendar units.
type Shift struct {
	N    int
	Unit Unit
}

// Part is a part of the day.
type Part int8

// Parts of the day, with their TIMEX3 codes: MO, MI, AF, EV, NI.
const (
	NoPart Part = iota
	Morning
	Midday
	Afternoon
	Evening
	Night
)

var partCodes = [...]string{"", "MO", "MI", "AF", "EV", "NI"}

// Code returns the TIMEX3 code of p ("MO", "NI"), or "".
func (p Part) Code() string {
	if p < 0 || int(p) >= len(partCodes) {
		return ""
	}
	return partCodes[p]
}

// Hours returns the hours a part of the day covers, [from, to), to past 24
// for the night, which ends the next morning.
func (p Part) Hours() (from, to int) {
	switch p {
	case Morning:
		return 6, 12
	case Midday:
		return 12, 14
	case Afternoon:
		return 12, 18
	case Evening:
		return 18, 24
	case Night:
		return 20, 30
	}
	return 0, 24
}

// Mod is the part of a period a phrase keeps.
type Mod int8

// Mods, after TIMEX3's START, MID and END, and the halves of a month
// ("la première quinzaine de juillet").
const (
	NoMod Mod = iota
	Start
	Mid
	End
	FirstHalf
	SecondHalf
)

// Stretch is the range of n units that ends just before the reference
// time ("les trois derniers jours", "the last 3 days": the three days
// before the article's day) or starts just after it ("the next 3 days":
// from the next day; "les 10 prochaines minutes": from now). Days and
// longer units count whole days; hours and minutes count from the minute.
func Stretch(n int, u Unit, future bool) *[2]Expr {
	a, b := Expr{Type: Date}, Expr{Type: Date}
	a.Anchor, b.Anchor = AnchorDoc, AnchorDoc
	if u == Minute || u == Hour {
		if u == Hour {
			n *= 60
		}
		a.Type, b.Type = Time, Time
		a.Grain, b.Grain = GrainMinute, GrainMinute
		a.Shift, b.Shift = Shift{N: -n, Unit: Minute}, Shift{N: -1, Unit: Minute}
		if future {
			a.Shift, b.Shift = Shift{N: 0, Unit: Minute}, Shift{N: n - 1, Unit: Minute}
		}
		return &[2]Expr{a, b}
	}
	a.Grain, b.Grain = GrainDay, GrainDay
	a.Shift, b.Shift = Shift{N: -n, Unit: u}, Shift{N: -1, Unit: Day}
	if future {
		a.Shift, b.Shift = Shift{N: 1, Unit: Day}, Shift{N: n, Unit: u}
	}
	return &[2]Expr{a, b}
}

// Decade is the ten years from year (a multiple of ten): "les années
// 1990", "the '90s", TIMEX3 "199". Two digits name the 1900s, except 00
// and 10, the 2000s.
func Decade(year int) Expr {
	switch {
	case year >= 100:
	case year <= 10:
		year += 2000
	default:
		year += 1900
	}
	a, b := Expr{Type: Date}, Expr{Type: Date}
	a.Year, b.Year = year, year+9
	a.Grain, b.Grain = GrainYear, GrainYear
	e := Expr{Type: Date}
	e.Range = &[2]Expr{a, b}
	e.Timex = fmt.Sprintf("%03d", year/10)
	return e
}

// PartOfDecade keeps the early, middle or late years of a decade ("the
// mid-1990s": 1993 to 1996), its TIMEX3 value the decade's.
func PartOfDecade(e Expr, m Mod) Expr {
	if e.Range == nil {
		return e
	}
	r := *e.Range
	y := r[0].Year
	switch m {
	case Start:
		r[1].Year = y + 3
	case Mid:
		r[0].Year, r[1].Year = y+3, y+6
	case End:
		r[0].Year = y + 6
	}
	e.Range = &r
	return e
}

// Quarter is the quarter q (1 to 4) of year, or of the year the reader
// places it in when year is 0: "le troisième trimestre 2021", "Q3",
// TIMEX3 "2021-Q3".
func Quarter(q, year int) Expr { return yearPart(3*q-2, 3*q, fmt.Sprintf("Q%d", q), year) }

// Half is the half h (1 or 2) of year, or of the year the reader places
// it in when year is 0: "le second semestre", "the first half of 2021",
// TIMEX3 "2021-H1".
func Half(h, year int) Expr { return yearPart(6*h-5, 6*h, fmt.Sprintf("H%d", h), year) }

// InArticleYear places the months of e (a Quarter or Half without a year)
// in the article's year, whatever the tense: "of the year", "de l'année".
func InArticleYear(e Expr) Expr {
	r := *e.Range
	for i := range r {
		r[i].Anchor, r[i].Shift = AnchorDoc, Shift{Unit: Year}
	}
	e.Range = &r
	return e
}

// yearPart is the months first to last of a year, written TIMEX3 YYYY-code.
func yearPart(first, last int, code string, year int) Expr {
	a, b := Expr{Type: Date}, Expr{Type: Date}
	a.Month, b.Month = first, last
	a.Grain, b.Grain = GrainMonth, GrainMonth
	e := Expr{Type: Date}
	e.Timex = "XXXX-" + code
	if year > 0 {
		a.Year, b.Year = year, year
		e.Timex = fmt.Sprintf("%04d-%s", year, code)
	}
	e.Range = &[2]Expr{a, b}
	return e
}

// MonthSpan is the months m1 to m2, in years y1 and y2 where the text
// gives them (0 where it does not): "de mars à mai", "from November to
// February 2021" (November 2020). A year given at the end only is the
// second month's; the first month is in the same year, or the one before
// when it comes later in the calendar.
func MonthSpan(m1, y1, m2, y2 int) Expr {
	a, b := Expr{Type: Date}, Expr{Type: Date}
	a.Month, b.Month = m1, m2
	a.Grain, b.Grain = GrainMonth, GrainMonth
	if y1 == 0 && y2 > 0 {
		y1 = y2
		if m1 > m2 {
			y1--
		}
	}
	a.Year, b.Year = y1, y2
	e := Expr{Type: Date}
	e.Range = &[2]Expr{a, b}
	return e
}

// YearSpanOf is the years written y1 to y2 ("2010", "2018"), or false when
// they make no span ("2014-2012"). A y2 of two digits is the next year of
// y1 ending so, within ten years ("1983-84", "1999-00"): a season, a
// school or fiscal year.
func YearSpanOf(y1, y2 string) (Expr, bool) {
	a, err1 := strconv.Atoi(y1)
	b, err2 := strconv.Atoi(y2)
	if len(y2) == 2 && err2 == nil {
		b += a / 100 * 100
		if b <= a {
			b += 100
		}
		if b-a > 10 {
			return Expr{}, false
		}
	}
	if err1 != nil || err2 != nil || b <= a {
		return Expr{}, false
	}
	return YearSpan(a, b), true
}

// YearSpan is the years y1 to y2: "de 2010 à 2018", "from 2014 to 2016".
func YearSpan(y1, y2 int) Expr {
	a, b := Expr{Type: Date}, Expr{Type: Date}
	a.Year, a.Grain, b.Year, b.Grain = y1, GrainYear, y2, GrainYear
	e := Expr{Type: Date}
	e.Range = &[2]Expr{a, b}
	return e
}

// Century is the n-th century, the years (n-1)*100 to (n-1)*100+99 as
// TIMEX3 counts them: "au XIXe siècle", "the 19th century", "18".
func Century(n int) Expr {
	e := YearSpan((n-1)*100, (n-1)*100+99)
	e.Timex = fmt.Sprintf("%02d", n-1)
	return e
}

// WeekOf is the n-th week (0 for the last) of month in year (either may
// be 0: a month alone, "la dernière semaine de juillet", or a year alone,
// "the first week of 2015"): the week (Monday to Sunday) holding the n-th
// Thursday of the month, as ISO 8601 numbers the weeks of a year, so that
// most of its days are the month's ("the first week of January 2021" is 4
// to 10 January, not 28 December to 3 January). The week holding the 4th
// holds the first Thursday, the one holding the 11th the second…; the last
// holds the last Thursday, which is in the week of the month's third day
// from the end (the 28th of a 31-day month).
func WeekOf(n, month, year int) Expr {
	e := Expr{Type: Date}
	e.Month, e.Year, e.Grain = month, year, GrainWeek
	if month == 0 {
		e.Month = 1
		if n == 0 {
			e.Month = 12
		}
	}
	e.Day = 7*n - 3
	if n == 0 {
		days := time.Date(2001, time.Month(e.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day() // February's 28: a leap year's last Thursday may be the 29th
		e.Day = days - 3
	}
	return e
}

// AndAHalf is n units and a half counted in the unit below ("il y a un an
// et demi", "an hour and a half ago"), with the sign of n: a year and a
// half is 18 months, a month and a half 45 days, a week and a half 252
// hours, a day and a half 36 hours, an hour and a half 90 minutes. The
// grain is what such a count names: the month it ends in when counted in
// months, the day when counted in days or hours, the minute in minutes.
func AndAHalf(n int, u Unit) (Shift, Granularity, bool) {
	sign := 1
	if n < 0 {
		sign, n = -1, -n
	}
	var h Shift
	switch u {
	case Year:
		h = Shift{N: 12*n + 6, Unit: Month}
	case Month:
		h = Shift{N: 30*n + 15, Unit: Day}
	case Week:
		h = Shift{N: 168*n + 84, Unit: Hour}
	case Day:
		h = Shift{N: 24*n + 12, Unit: Hour}
	case Hour:
		h = Shift{N: 60*n + 30, Unit: Minute}
	default:
		return Shift{}, GrainUnknown, false
	}
	h.N *= sign
	grain := map[Unit]Granularity{Month: GrainMonth, Day: GrainDay, Hour: GrainDay, Minute: GrainMinute}[h.Unit]
	return h, grain, true
}
