// Package fr is frise's French time grammar: olebedev/when rules, one per
// file, each with the meaning of its phrase as a expr.Expr. Rules find
// phrases; frise's resolver (timeline.Resolve) places them, so the rules
// never compute dates themselves.
//
// All returns the rules in priority order: when two rules match phrases of
// the same length at the same place, the earlier one wins; a longer phrase
// always beats a shorter one it covers.
package fr

import (
	"github.com/olebedev/when/rules"

	"frise/timeline"
	"frise/timeline/rule"
)

// All returns the French rule set, in priority order.
func All() []rules.Rule {
	return rule.Placed(timeline.Place,
		Timestamp(),
		NightRange(),
		NightDates(),
		DateRange(),
		YearRange(),
		MonthRange(),
		WeekdayRange(),
		Date(),
		Historic(),
		WeekdayDay(),
		Numeric(),
		MonthDay(),
		DayList(),
		DayRange(),
		Address(),
		Name(),
		Vague(),
		Holiday(),
		Rentree(),
		Weekday(),
		Nowadays(),
		Casual(),
		ThisPart(),
		DayPart(),
		BarePart(),
		AtPart(),
		PartOfDay(),
		Veille(),
		SameDay(),
		Within(),
		Since(),
		Ago(),
		Later(),
		Head(),
		SameTime(),
		Recent(),
		Stretch(),
		Period(),
		Edge(),
		Quarter(),
		WeekOfDay(),
		Quinzaine(),
		NthWeekday(),
		EdgeDay(),
		WeekOf(),
		Half(),
		RelYear(),
		Month(),
		MonthShortYear(),
		Century(),
		Decade(),
		YearWords(),
		Year(),
		ShortYear(),
		Season(),
		Per(),
		Yearly(),
		Set(),
		ClockBeforeDay(),
		Penalty(),
		Duration(),
		Term(),
		ClockRange(),
		HoursFor(),
		Clock(),
		ClockWords(),
		Now(),
		Nocturnal(),
	)
}
