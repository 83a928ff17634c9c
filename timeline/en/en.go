// Package en is frise's English time grammar: when's own rules/en where
// they read press English right, and frise rules (timeline/rule) where
// they do not. when's rules compute dates themselves, and get some wrong
// for news: a bare weekday is the next one ("on Sunday" in a past-tense
// story is the last one), months roll over from the 31st, and a "day" is 24
// hours across DST. frise's rules only say what a phrase means; the
// resolver places it.
package en

import (
	"github.com/olebedev/when/rules"
	whenen "github.com/olebedev/when/rules/en"

	"frise/timeline"
	"frise/timeline/rule"
)

// All returns the English rule set, in priority order. when's HourMinute
// and Hour come last: frise's own Clock reads the same times with zones
// and "local time", and wins ties.
func All() []rules.Rule {
	return rule.Placed(timeline.Place,
		Timestamp(),
		Overnight(),
		DateRange(),
		YearRange(),
		MonthRange(),
		WeekdayRange(),
		HourPart(),
		ClockRange(),
		Date(),
		WeekdayDay(),
		MonthDay(),
		Numeric(),
		MonthYear(),
		Holiday(),
		Weekday(),
		Nowadays(),
		Casual(),
		ThisPart(),
		MidPart(),
		PartOf(),
		Dawn(),
		Anchored(),
		Later(),
		Ago(),
		Period(),
		Within(),
		Edge(),
		OfYear(),
		Quarter(),
		Reporting(),
		WeekOfDay(),
		WeekOf(),
		Half(),
		Month(),
		Century(),
		Decade(),
		YearWords(),
		Year(),
		Season(),
		Per(),
		Yearly(),
		Set(),
		NthWeekday(),
		Head(),
		SameTime(),
		Recent(),
		Duration(),
		Unnumbered(),
		Zulu(),
		ClockWords(),
		Clock(),
		Now(),
		spelledMeridiem{whenen.HourMinute(rules.Override)},
		spelledMeridiem{whenen.Hour(rules.Override)},
	)
}
