package render

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"frise/timeline"
	"frise/timeline/expr"
	timelang "frise/timeline/lang"
	"frise/timeline/languages"
)

// words are the calendar words of one language, its lang.Calendar, with
// the ways the page says a value with them.
type words struct{ timelang.Calendar }

// tagWords is one registered language's words.
type tagWords struct {
	tag string
	w   words
}

// calendars are the words of the registered languages that have them, in
// the registry's order (French first), read once.
var calendars = sync.OnceValue(func() []tagWords {
	var cs []tagWords
	for _, l := range languages.All() {
		if l.Calendar.Days[0] != "" {
			cs = append(cs, tagWords{l.Tag, words{l.Calendar}})
		}
	}
	return cs
})

// wordsFor returns the words of the language lang starts with ("en",
// "en-GB"), else the first registered language's.
func wordsFor(lang string) words {
	cs := calendars()
	for _, c := range cs {
		if strings.HasPrefix(lang, c.tag) {
			return c.w
		}
	}
	return cs[0].w
}

// pageFor returns the page's words in the language lang starts with
// ("en", "en-GB"), else in the language of a page of none
// (languages.ForPage).
func pageFor(lang string) *timelang.Page { return languages.ForPage(lang).Page }

// day says a calendar day as a reader would: "mercredi 5 janvier 2022",
// "Wednesday 5 January 2022".
//
// It is fmt.Sprintf("%s %d %s %d", weekday, day, month, year) joined by
// hand, the date worked out once: Sprintf and the four date computations
// were 3% of the page of 100,000 articles (TestDayAsSprintf).
func (w words) day(t time.Time) string {
	y, m, d := t.Date()
	return w.Days[t.Weekday()] + " " + strconv.Itoa(d) + " " + w.Months[m-1] + " " + strconv.Itoa(y)
}

// start says where v starts, at its grain: "2019", "décembre 2021", a day,
// a day and a time.
func (w words) start(v timeline.Value) string {
	switch v.Grain {
	case expr.GrainYear:
		return fmt.Sprint(v.From.Year())
	case expr.GrainMonth:
		return fmt.Sprintf("%s %d", w.Months[v.From.Month()-1], v.From.Year())
	}
	return w.moment(v.From)
}

// moment says a day, and its time when it is not midnight.
func (w words) moment(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 || t.Hour() == 23 && t.Minute() == 59 && t.Second() == 59 {
		return w.day(t)
	}
	return fmt.Sprintf(w.At, w.day(t), t.Format("15:04"))
}

// partOf returns the part of the day a TIMEX3 value names ("…TEV").
func partOf(timex string) expr.Part {
	i := strings.LastIndex(timex, "T")
	if i < 0 {
		return expr.NoPart
	}
	for p := expr.Morning; p <= expr.Night; p++ {
		if timex[i+1:] == p.Code() {
			return p
		}
	}
	return expr.NoPart
}

// Say writes a value as a reader would say it, in the language of lang:
// "mercredi 5 janvier 2022, soir", "janvier 2022", "dimanche (J-3), jour
// exact inconnu".
func Say(v timeline.Value, lang string) string {
	w := wordsFor(lang)
	if !v.Placed() {
		return v.Timex
	}
	if v.RelDay != nil {
		s := "J" + signed(*v.RelDay)
		if wd, ok := sameWeekday(v); ok {
			s = w.Days[wd] + " (" + s + ")"
		}
		if p := partOf(v.Timex); p != expr.NoPart {
			s += ", " + w.Parts[p]
		}
		return s + ", " + w.UnknownDay
	}
	switch v.Open {
	case 1:
		return fmt.Sprintf(w.Since, w.start(v), w.moment(v.To.Add(-time.Nanosecond)))
	case -1:
		return fmt.Sprintf(w.Until, w.moment(v.To.Add(-time.Nanosecond)), w.moment(v.From))
	case 2, -2, 3, -3:
		named := v
		named.Open = 0
		format := map[int]string{2: w.From, -2: w.To, 3: w.After, -3: w.Before}[v.Open]
		return fmt.Sprintf(format, Say(named, lang))
	}
	if v.Certainty == timeline.Ambiguous {
		return fmt.Sprintf(w.Between, w.day(v.From), w.day(v.To.Add(-time.Nanosecond)))
	}
	last := v.To.Add(-time.Nanosecond)
	switch v.Grain {
	case expr.GrainYear:
		if last.Year() != v.From.Year() { // "de 2010 à 2018"
			return fmt.Sprintf(w.Span, fmt.Sprint(v.From.Year()), fmt.Sprint(last.Year()))
		}
		return fmt.Sprint(v.From.Year())
	case expr.GrainSeason, expr.GrainMonth:
		if v.Grain == expr.GrainMonth {
			month := func(t time.Time) string { return fmt.Sprintf("%s %d", w.Months[t.Month()-1], t.Year()) }
			if m := month(last); m != month(v.From) { // "les six premiers mois de 2021"
				return fmt.Sprintf(w.Span, month(v.From), m)
			}
			return month(v.From)
		}
		return fmt.Sprintf(w.Between, w.day(v.From), w.day(v.To.Add(-time.Nanosecond)))
	case expr.GrainWeek, expr.GrainQuarter:
		return fmt.Sprintf(w.Between, w.day(v.From), w.day(v.To.Add(-time.Nanosecond)))
	case expr.GrainMinute, expr.GrainHour:
		if v.To.Sub(v.From) > time.Minute { // "de 20 heures à 6 heures"
			if last.YearDay() == v.From.YearDay() && last.Year() == v.From.Year() {
				return w.day(v.From) + ", " + fmt.Sprintf(w.Span, v.From.Format("15:04"), v.To.Format("15:04"))
			}
			return fmt.Sprintf(w.SpanDays, w.moment(v.From), w.moment(v.To))
		}
		return fmt.Sprintf(w.At, w.day(v.From), v.From.Format("15:04"))
	case expr.GrainSecond:
		return fmt.Sprintf(w.At, w.day(v.From), v.From.Format("15:04:05"))
	case expr.GrainPartOfDay:
		if p := partOf(v.Timex); p != expr.NoPart {
			return w.day(v.From) + ", " + w.Parts[p]
		}
	}
	if v.To.Sub(v.From) > 26*time.Hour {
		return fmt.Sprintf(w.Between, w.day(v.From), w.day(v.To.Add(-time.Nanosecond)))
	}
	return w.day(v.From)
}

// sameWeekday reports the weekday a relative value falls on whatever its
// real day: its possible days are a whole number of weeks apart.
func sameWeekday(v timeline.Value) (time.Weekday, bool) {
	span := v.To.Sub(v.From)
	var one time.Duration
	switch v.Grain {
	case expr.GrainDay:
		one = 24 * time.Hour
	case expr.GrainPartOfDay:
		h0, h1 := partOf(v.Timex).Hours()
		one = time.Duration(h1-h0) * time.Hour
	default:
		return 0, false
	}
	extra := span - one
	if extra < 0 || extra%(7*24*time.Hour) > time.Hour && extra%(7*24*time.Hour) < 7*24*time.Hour-time.Hour {
		return 0, false
	}
	return v.From.Weekday(), true
}

func signed(n int) string {
	if n >= 0 {
		return fmt.Sprintf("+%d", n)
	}
	return fmt.Sprint(n)
}

// Summary shortens a clause to at most max runes, on a word boundary, with
// an ellipsis when it cut.
func Summary(s string, max int) string {
	if !utf8.ValidString(s) {
		return summaryRunes(s, max)
	}
	if !singleSpaced(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	// What summaryRunes does, without a copy of s as runes: valid UTF-8
	// converts to runes and back unchanged.
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	i := 0
	for range max {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	cut := s[:i]
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// singleSpaced reports whether s is as strings.Fields joined by spaces
// leaves it: no space at either end, and none but single " " between
// words.
func singleSpaced(s string) bool {
	prev := true // a space before the first rune is one too many
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (r != ' ' || prev) {
			return false
		}
		prev = sp
	}
	return !prev || s == ""
}

// summaryRunes is Summary read rune by rune, for text that is not valid
// UTF-8.
func summaryRunes(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	cut := string(r[:max])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
