package timeline

import (
	"fmt"
	"strconv"
	"sync/atomic"
	"time"

	"frise/timeline/expr"
)

// matchDate reads s as the regexp
//
//	^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$
//
// would, m its submatches (FindStringSubmatch's), without a regexp: it
// runs for every article of a JSONL feed (TestMatchDate compares them).
func matchDate(s string) (m [8]string, ok bool) {
	digits := func(i, n int) bool {
		if i < 0 || i+n > len(s) {
			return false
		}
		for _, c := range []byte(s[i : i+n]) {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	if !digits(0, 4) {
		return m, false
	}
	m[0], m[1] = s, s[:4]
	i := 4
	for g := 2; g <= 3; g++ { // -MM, -DD
		if i == len(s) {
			return m, true
		}
		if s[i] != '-' || !digits(i+1, 2) {
			return m, false
		}
		m[g], i = s[i+1:i+3], i+3
	}
	if i == len(s) {
		return m, true
	}
	// [T ]hh:mm
	if s[i] != 'T' && s[i] != ' ' || !digits(i+1, 2) || i+3 >= len(s) || s[i+3] != ':' || !digits(i+4, 2) {
		return m, false
	}
	m[4], m[5], i = s[i+1:i+3], s[i+4:i+6], i+6
	if i < len(s) && s[i] == ':' { // :ss, and a fraction
		if !digits(i+1, 2) {
			return m, false
		}
		m[6], i = s[i+1:i+3], i+3
		if i < len(s) && s[i] == '.' {
			j := i + 1
			for j < len(s) && '0' <= s[j] && s[j] <= '9' {
				j++
			}
			if j == i+1 {
				return m, false
			}
			i = j
		}
	}
	if i < len(s) { // Z or ±hh[:]mm
		switch s[i] {
		case 'Z':
			m[7], i = s[i:i+1], i+1
		case '+', '-':
			j := i + 3
			if !digits(i+1, 2) {
				return m, false
			}
			if j < len(s) && s[j] == ':' {
				j++
			}
			if !digits(j, 2) {
				return m, false
			}
			m[7], i = s[i:j+2], j+2
		default:
			return m, false
		}
	}
	return m, i == len(s)
}

// ParseDate reads an article date: a year ("2022"), a month ("2022-01"), a
// day ("2022-01-05") or a date-time ("2022-01-05T14:30:00+06:00"). The value
// is the whole period the date names, in loc unless the date carries its own
// offset, which wins.
func ParseDate(s string, loc *time.Location) (Value, error) {
	if loc == nil {
		loc = time.UTC
	}
	m, ok := matchDate(s)
	if !ok {
		return Value{}, fmt.Errorf("%w %q: want YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][±hh:mm]", ErrBadDate, s)
	}
	num := func(i int) int { n, _ := strconv.Atoi(m[i]); return n }
	y, mo, d := num(1), 1, 1
	if y < 1 {
		// Year 0 is no year of the calendar frise writes (0001-9999).
		return Value{}, fmt.Errorf("%w %q: year out of range, want 0001 to 9999", ErrBadDate, s)
	}
	grain := expr.GrainYear
	if m[2] != "" {
		mo, grain = num(2), expr.GrainMonth
		if mo < 1 || mo > 12 {
			return Value{}, fmt.Errorf("%w %q: month out of range", ErrBadDate, s)
		}
	}
	if m[3] != "" {
		d, grain = num(3), expr.GrainDay
		if d < 1 || d > daysIn(y, time.Month(mo)) {
			return Value{}, fmt.Errorf("%w %q: day out of range", ErrBadDate, s)
		}
	}
	h, mi, sec := 0, 0, 0
	if m[4] != "" {
		h, mi, grain = num(4), num(5), expr.GrainMinute
		if m[6] != "" {
			sec = num(6)
		}
		if h > 23 || mi > 59 || sec > 59 {
			return Value{}, fmt.Errorf("%w %q: time out of range", ErrBadDate, s)
		}
		if z := m[7]; z != "" {
			off, err := parseOffset(z)
			if err != nil {
				return Value{}, fmt.Errorf("%w %q: %v", ErrBadDate, s, err)
			}
			loc = offsetZone(off)
		}
	}
	from := civil(y, time.Month(mo), d, h, mi, sec, 0, loc)
	var to time.Time
	var timex string
	// The TIMEX3 value written from the numbers read, not with fmt or
	// Format (a fortieth of tag --jsonl, which reads a date an article).
	var b [16]byte
	day := isoDay(b[:0], y, time.Month(mo), d)
	switch grain {
	case expr.GrainYear:
		to, timex = addDate(from, 1, 0, 0), string(day[:4])
	case expr.GrainMonth:
		to, timex = addDate(from, 0, 1, 0), string(day[:7])
	case expr.GrainDay:
		to, timex = addDate(from, 0, 0, 1), string(day)
	default:
		to = from.Add(time.Minute)
		if m[7] != "" || loc == time.UTC {
			// A fixed zone: the clock read is the time's.
			timex = string(append(day, 'T', byte('0'+h/10), byte('0'+h%10), ':', byte('0'+mi/10), byte('0'+mi%10)))
		} else {
			timex = from.Format("2006-01-02T15:04") // a clock a zone's change of time skips is moved on
		}
	}
	v := Value{From: from, To: to, Grain: grain, Type: expr.Date, Timex: timex}
	if grain == expr.GrainMinute {
		v.Type = expr.Time
	}
	return v, nil
}

func parseOffset(z string) (int, error) {
	if z == "Z" {
		return 0, nil
	}
	sign := 1
	if z[0] == '-' {
		sign = -1
	}
	digits := z[1:]
	if len(digits) == 5 {
		digits = digits[:2] + digits[3:]
	}
	h, _ := strconv.Atoi(digits[:2])
	m, _ := strconv.Atoi(digits[2:])
	if h > 14 || m > 59 {
		return 0, fmt.Errorf("offset %s out of range", z)
	}
	return sign * (h*3600 + m*60), nil
}

// offsetZone names a fixed zone by its offset, so times print as +06:00.
// Every article dated with one offset gets the same zone: the resolver's
// memory compares zones by pointer (a zone of its own for each article
// would never be met again), and times in one zone compare and build
// faster than times in two equal ones.
func offsetZone(sec int) *time.Location {
	if sec == 0 {
		return time.UTC
	}
	i := sec/60 + maxOffsetMinutes
	if sec%60 != 0 || i < 0 || i >= len(offsetZones) {
		return newOffsetZone(sec) // parseOffset gives none such
	}
	if l := offsetZones[i].Load(); l != nil {
		return l
	}
	offsetZones[i].CompareAndSwap(nil, newOffsetZone(sec))
	return offsetZones[i].Load()
}

// maxOffsetMinutes is the largest offset parseOffset reads, 14:59.
const maxOffsetMinutes = 14*60 + 59

// offsetZones are the zones offsetZone gave, one an offset in minutes,
// made the first time an article comes with it. Two goroutines may make
// the same zone at once; one is kept, and the two are equal anyway: a
// cache of values that never change, not state.
var offsetZones [2*maxOffsetMinutes + 1]atomic.Pointer[time.Location]

func newOffsetZone(sec int) *time.Location {
	sign, abs := '+', sec
	if sec < 0 {
		sign, abs = '-', -sec
	}
	return time.FixedZone(fmt.Sprintf("%c%02d:%02d", sign, abs/3600, abs%3600/60), sec)
}

func daysIn(y int, m time.Month) int {
	return civil(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
