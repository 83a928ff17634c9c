package timeline

import (
	"time"

	"frise/timeline/expr"
)

// HolidayDate returns the day of a holiday in a year: feasts tied to
// Easter (Gregorian computus), and days such as the fourth Thursday of
// November. Fixed-date feasts ("Christmas", "le 14 juillet") are plain
// dates in the grammar.
func HolidayDate(name string, year int, loc *time.Location) (time.Time, bool) {
	switch name {
	case "easter", "easter-monday", "good-friday", "ascension", "pentecost", "whit-monday", "ash-wednesday", "mardi-gras":
		e := easter(year, loc)
		off := map[string]int{"easter": 0, "easter-monday": 1, "good-friday": -2, "ascension": 39,
			"pentecost": 49, "whit-monday": 50, "ash-wednesday": -46, "mardi-gras": -47}[name]
		return addDate(e, 0, 0, off), true
	case "thanksgiving":
		return nthWeekday(year, time.November, time.Thursday, 4, loc), true
	case "black-friday":
		return addDate(nthWeekday(year, time.November, time.Thursday, 4, loc), 0, 0, 1), true
	case "cyber-monday":
		return addDate(nthWeekday(year, time.November, time.Thursday, 4, loc), 0, 0, 4), true
	case "mothers-day-fr":
		// The last Sunday of May, a week later when Pentecost falls on it.
		d := nthWeekday(year, time.May, time.Sunday, -1, loc)
		if p, _ := HolidayDate("pentecost", year, loc); p.Equal(d) {
			d = addDate(d, 0, 0, 7)
		}
		return d, true
	case "mothers-day-us":
		return nthWeekday(year, time.May, time.Sunday, 2, loc), true
	case "fathers-day":
		return nthWeekday(year, time.June, time.Sunday, 3, loc), true
	case "labor-day":
		return nthWeekday(year, time.September, time.Monday, 1, loc), true
	case "memorial-day":
		return nthWeekday(year, time.May, time.Monday, -1, loc), true
	case "mlk-day":
		return nthWeekday(year, time.January, time.Monday, 3, loc), true
	}
	return time.Time{}, false
}

// easter is Easter Sunday, by the anonymous Gregorian algorithm.
func easter(y int, loc *time.Location) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return civil(y, time.Month(month), day, 0, 0, 0, 0, loc)
}

// nthWeekday is the nth given weekday of a month; n = -1 is the last.
func nthWeekday(y int, m time.Month, wd time.Weekday, n int, loc *time.Location) time.Time {
	first := civil(y, m, 1, 0, 0, 0, 0, loc)
	return nthIn(first, addDate(first, 0, 1, 0), wd, n)
}

// nthIn is the n-th weekday wd from from, or the -n-th back from to (the
// day before it); it may fall outside [from, to).
func nthIn(from, to time.Time, wd time.Weekday, n int) time.Time {
	if n < 0 {
		last := addDate(to, 0, 0, -1)
		return addDate(last, 0, 0, -((int(last.Weekday())-int(wd)+7)%7)+7*(n+1))
	}
	return addDate(from, 0, 0, (int(wd)-int(from.Weekday())+7)%7+7*(n-1))
}

// pickHoliday places a holiday: in the year the text names, else the one
// nearest day, or on the side of the direction.
func pickHoliday(e expr.Expr, day time.Time, dir *dirFor) (time.Time, bool) {
	loc := day.Location()
	if e.Year > 0 {
		return HolidayDate(e.Holiday, e.Year, loc)
	}
	var cands []time.Time
	for y := day.Year() - 1; y <= day.Year()+1; y++ {
		if d, ok := HolidayDate(e.Holiday, y, loc); ok {
			cands = append(cands, d)
		}
	}
	if len(cands) == 0 {
		return time.Time{}, false
	}
	return choose(cands, day, dir), true
}
