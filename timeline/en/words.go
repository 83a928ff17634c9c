package en

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Pieces of patterns shared by the rules.
const (
	sp      = `[\s\x{00a0}]+`
	apos    = `['’]`
	weekday = `monday|tuesday|wednesday|thursday|friday|saturday|sunday`
	// weekdayAbbr may only be read where nothing else fits: "Sun" is a
	// newspaper, "Wed" a verb, "Sat" a past tense.
	weekdayAbbr = `mon|tues?|wed|thu(?:rs?)?|fri|sat|sun`
	month       = `january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?`
	partWord    = `morning|afternoon|evening|night|noon|midday`
	number      = `half` + sp + `an?|\d{1,3}|` + numberWord + `|an?|a\s+few|few|several|a\s+couple(?:\s+of)?|couple(?:\s+of)?`
	count       = `half` + sp + `an?|\d{1,3}|` + numberWord + `|an?|a\s+couple(?:\s+of)?|couple(?:\s+of)?`
	// numberWord is a number in words: one to ninety-nine ("twenty-one",
	// "thirty five"), and round hundreds and thousands ("a hundred", "two
	// hundred"). The longer forms come first: the alternation takes the
	// first that lets the phrase match.
	numberWord = `(?:(?:an?|one|two|three|four|five|six|seven|eight|nine)` + sp + `)?(?:hundred|thousand)|` +
		`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:(?:-|` + sp + `)(?:one|two|three|four|five|six|seven|eight|nine))?|` +
		`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`
	unit    = `seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|yrs?|decades?|centuries|century|quarters?`
	ordinal = `(\d{1,2}|` + ordinalWords + `)(?:st|nd|rd|th)?`
	// ordinalWords: "fifth", "twenty-fourth", "thirty first".
	ordinalWords = `(?:twenty[\s-]|thirty[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth`
	// clockPat: "3pm", "3:30 p.m.", "15:00", "10 a.m.". Groups: hour,
	// minutes, am/pm.
	clockPat = `(\d{1,2})(?::(\d{2}))?` + ampm
	// clockSecPat is clockPat with seconds: hour, minutes, seconds, am/pm.
	clockSecPat = `(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?` + ampm
	ampm        = `(?:\s*(a\.m\.|p\.m\.|a\.m|p\.m|am|pm|o` + apos + `clock))?`
)

// Trigger words: every phrase of a rule that counts in units, names a
// weekday or names a month holds one of them, as the tagger splits words.
var (
	unitWords = []string{"second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours",
		"hr", "hrs", "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years",
		"yr", "yrs", "decade", "decades", "century", "centuries", "quarter", "quarters"}
	weekdayWords = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
	monthWords = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)

func weekdayOf(s string) int {
	s = strings.TrimSuffix(rule.Fold(s), ".")
	for i, p := range []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"} {
		if strings.HasPrefix(s, p) {
			return i
		}
	}
	return -1
}

func monthOf(s string) int {
	s = strings.TrimSuffix(rule.Fold(s), ".")
	for i, p := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, p) {
			return i + 1
		}
	}
	return 0
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"thousand": 1000, "couple of": 2, "a couple of": 2, "couple": 2, "a couple": 2,
}

// halved reads "half a(n) <unit>" as a whole count of a smaller unit:
// half an hour is 30 minutes, half a day 12 hours, half a year 6 months.
// ok is false for other halves (half a week) and for no half at all.
func halved(count, unit string) (n int, smaller string, ok bool) {
	if !strings.HasPrefix(rule.Fold(count), "half") {
		return 0, "", false
	}
	switch u, _, _, _ := unitOf(unit); u {
	case expr.Hour:
		return 30, "minutes", true
	case expr.Day:
		return 12, "hours", true
	case expr.Year:
		return 6, "months", true
	}
	return 0, "", false
}

// numberOf reads a count; "a few", "several" give false.
func numberOf(s string) (int, bool) {
	s = strings.Join(strings.Fields(rule.Fold(s)), " ")
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	if n, ok := numberWords[s]; ok {
		return n, true
	}
	// "twenty-one", "thirty five", "a hundred", "two thousand".
	words := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == ' ' })
	switch {
	case len(words) != 2:
		return 0, false
	case words[1] == "hundred" || words[1] == "thousand":
		if n, ok := numberWords[words[0]]; ok && n < 10 {
			return n * numberWords[words[1]], true
		}
		return 0, false
	}
	tens, ok1 := numberWords[words[0]]
	n, ok2 := numberWords[words[1]]
	if !ok1 || !ok2 || tens < 20 || tens > 90 || tens%10 != 0 || n < 1 || n > 9 || words[1] == "a" || words[1] == "an" {
		return 0, false
	}
	return tens + n, true
}

// unitOf reads a unit word: shift unit, TIMEX3 duration letter, grain, and
// a multiplier (a fortnight is two weeks, a quarter three months).
func unitOf(s string) (expr.Unit, string, expr.Granularity, int) {
	s = rule.Fold(s)
	switch {
	case strings.HasPrefix(s, "sec"):
		return expr.Second, "TS", expr.GrainSecond, 1
	case strings.HasPrefix(s, "min"):
		return expr.Minute, "TM", expr.GrainMinute, 1
	case strings.HasPrefix(s, "h"):
		return expr.Hour, "TH", expr.GrainHour, 1
	case strings.HasPrefix(s, "day"):
		return expr.Day, "D", expr.GrainDay, 1
	case strings.HasPrefix(s, "week"):
		return expr.Week, "W", expr.GrainWeek, 1
	case strings.HasPrefix(s, "fortnight"):
		return expr.Week, "W", expr.GrainWeek, 2
	case strings.HasPrefix(s, "month"):
		return expr.Month, "M", expr.GrainMonth, 1
	case strings.HasPrefix(s, "quarter"):
		return expr.Month, "M", expr.GrainMonth, 3
	case strings.HasPrefix(s, "decade"):
		return expr.Year, "Y", expr.GrainYear, 10
	case strings.HasPrefix(s, "centur"):
		return expr.Year, "Y", expr.GrainYear, 100
	}
	return expr.Year, "Y", expr.GrainYear, 1
}

func partOf(s string) expr.Part {
	switch rule.Fold(s) {
	case "morning":
		return expr.Morning
	case "afternoon":
		return expr.Afternoon
	case "evening":
		return expr.Evening
	case "night", "overnight":
		return expr.Night
	case "noon", "midday":
		return expr.Midday
	}
	return expr.NoPart
}

func withPart(e expr.Expr, word string) expr.Expr {
	if word == "" {
		return e
	}
	e.Type = expr.Time
	if p := partOf(word); p == expr.Midday {
		e.Hour, e.Minute = expr.Some(12), 0
	} else {
		e.Part = p
	}
	return e
}

func modOf(s string) expr.Mod {
	s = rule.Fold(s)
	switch {
	case strings.Contains(s, "early"), strings.Contains(s, "beginning"), strings.Contains(s, "start"):
		return expr.Start
	case strings.Contains(s, "mid"), strings.Contains(s, "middle"):
		return expr.Mid
	case strings.Contains(s, "late"), strings.Contains(s, "end"):
		return expr.End
	}
	return expr.NoMod
}

// clockOf reads the groups of clockPat; ok is false when it is no time.
// A bare number is a time only with am/pm or "o'clock".
func clockOf(c []string) (h, m int, ok bool) {
	h, err := strconv.Atoi(c[0])
	if err != nil {
		return 0, 0, false
	}
	if c[1] != "" {
		m, _ = strconv.Atoi(c[1])
	}
	switch strings.ReplaceAll(rule.Fold(c[2]), ".", "") {
	case "pm":
		if h < 12 {
			h += 12
		}
	case "am":
		if h == 12 {
			h = 0
		}
	case "":
		if c[1] == "" {
			return 0, 0, false
		}
	}
	if h > 24 || m > 59 {
		return 0, 0, false
	}
	return h % 24, m, true
}

func year(s string) int {
	n, err := strconv.Atoi(strings.TrimLeft(s, "'’"))
	if err != nil {
		return 0
	}
	if len(strings.TrimLeft(s, "'’")) == 2 {
		if n < 50 {
			return 2000 + n
		}
		return 1900 + n
	}
	return n
}

func dayNum(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	if err != nil {
		n = ordinalOf(s)
	}
	return n, n >= 1 && n <= 31
}

var ordinals = []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
	"eighteenth", "nineteenth", "twentieth"}

// ordinalOf reads an ordinal in words, "first" to "thirty-first"; 0 if s
// is none.
func ordinalOf(s string) int {
	s = strings.Join(strings.FieldsFunc(rule.Fold(s), func(r rune) bool { return r == ' ' || r == '-' }), " ")
	base := 0
	for _, p := range []struct {
		w string
		n int
	}{{"twenty ", 20}, {"thirty ", 30}} {
		if rest, ok := strings.CutPrefix(s, p.w); ok {
			base, s = p.n, rest
		}
	}
	if s == "thirtieth" {
		return 30
	}
	for i, w := range ordinals {
		if w != "" && w == s && (base == 0 || i < 10) {
			return base + i
		}
	}
	return 0
}

// periodOf reads "week", "month", "year" (anything else: a day) as the
// unit a phrase counts in and the grain of that period.
func periodOf(w string) (expr.Shift, expr.Granularity) {
	switch rule.Fold(w) {
	case "week":
		return expr.Shift{Unit: expr.Week}, expr.GrainWeek
	case "month":
		return expr.Shift{Unit: expr.Month}, expr.GrainMonth
	case "year":
		return expr.Shift{Unit: expr.Year}, expr.GrainYear
	}
	return expr.Shift{Unit: expr.Day}, expr.GrainDay
}

// lasting is the TIMEX3 duration of n units of k times the letter unitOf
// gives ("D", "TH"; k 10 for a decade), and a half more if half: P3Y,
// PT2H, P1.5Y. Decades and centuries are TimeML's own units: "two
// decades" is P2DE, "a century" P1CE, not a count of years nobody wrote.
func lasting(n, k int, letter string, half bool) string {
	if n < 0 {
		n = -n
	}
	if !half && letter == "Y" && (k == 10 || k == 100) {
		return "P" + strconv.Itoa(n) + map[int]string{10: "DE", 100: "CE"}[k]
	}
	num := strconv.Itoa(n * k)
	if half {
		num = strconv.FormatFloat((float64(n)+0.5)*float64(k), 'f', -1, 64)
	}
	if letter[0] == 'T' {
		return "PT" + num + letter[1:]
	}
	return "P" + num + letter
}
