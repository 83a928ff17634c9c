package timeline

import "time"

// The resolver builds its times with time.Date and AddDate, a few for
// each phrase, and both look the zone up each time. In UTC, the zone of
// every article whose time zone is not configured, a day is 86,400
// seconds: civil and addDate count them instead, and give the same times.

// civil is time.Date.
func civil(y int, m time.Month, d, h, mi, s, ns int, loc *time.Location) time.Time {
	if loc != time.UTC || ns < 0 || ns >= 1e9 {
		return time.Date(y, m, d, h, mi, s, ns, loc)
	}
	// Months out of range carry into years, as time.Date does; days,
	// hours, minutes and seconds are counted as they come.
	mo := int(m) - 1
	if mo < 0 || mo >= 12 {
		y += floorDiv(mo, 12)
		mo -= 12 * floorDiv(mo, 12)
	}
	secs := daysFromCivil(y, mo+1, 1)*86400 + int64(d-1)*86400 + int64(h)*3600 + int64(mi)*60 + int64(s)
	return time.Unix(secs, int64(ns)).UTC()
}

// addDate is t.AddDate(years, months, days).
func addDate(t time.Time, years, months, days int) time.Time {
	if t.Location() != time.UTC {
		return t.AddDate(years, months, days)
	}
	if years == 0 && months == 0 && -1e5 < days && days < 1e5 {
		return t.Add(time.Duration(days) * 24 * time.Hour)
	}
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return civil(y+years, m+time.Month(months), d+days, h, mi, s, t.Nanosecond(), time.UTC)
}

// daysFromCivil is the number of days from 1970-01-01 to y-m-d, m in
// 1..12 (Howard Hinnant's algorithm, proleptic Gregorian).
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 {
		era = floorDiv(y, 400)
	}
	yoe := y - era*400
	doy := (153*((m+9)%12)+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era)*146097 + int64(doe) - 719468
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
