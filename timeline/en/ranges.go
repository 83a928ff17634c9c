package en

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// DateRange reads a span of days: "from January 2 to 5", "Jan. 2-5",
// "between March 1 and March 3, 2022", "2-5 January".
func DateRange() *rule.Rule {
	return rule.New("en.date-range",
		`(?:(from|between)`+sp+`)?(?:(`+month+`)`+sp+ordinal+`(?:,?`+sp+`((?:19|20)\d\d))?\s*(to|through|until|and|-|–)\s*(?:(`+month+`)`+sp+`)?`+ordinal+
			`|`+ordinal+`(?:`+sp+`(`+month+`))?\s*(to|through|until|and|-|–)\s*`+ordinal+sp+`(`+month+`))(?:,?`+sp+`((?:19|20)\d\d))?`,
		func(c []string) (timeline.Expr, bool) {
			pre := rule.Fold(c[0])
			link := rule.Fold(c[4] + c[9])
			if (link == "and") != (pre == "between") || (pre == "" && link != "-" && link != "–" && link != "through") {
				return timeline.Expr{}, false
			}
			var m1, m2 string
			var d1s, d2s string
			if c[1] != "" {
				m1, d1s, m2, d2s = c[1], c[2], c[5], c[6]
				if m2 == "" {
					m2 = m1
				}
			} else {
				d1s, m1, d2s, m2 = c[7], c[8], c[10], c[11]
				if m1 == "" {
					m1 = m2
				}
			}
			d1, ok1 := dayNum(d1s)
			d2, ok2 := dayNum(d2s)
			if !ok1 || !ok2 {
				return timeline.Expr{}, false
			}
			a, b := timeline.NewExpr(timeline.Date), timeline.NewExpr(timeline.Date)
			a.Day, a.Month, b.Day, b.Month = d1, monthOf(m1), d2, monthOf(m2)
			if c[12] != "" {
				b.Year = year(c[12])
				a.Year = b.Year
				if a.Month > b.Month {
					a.Year--
				}
			}
			if c[3] != "" {
				a.Year = year(c[3])
			}
			e := timeline.NewExpr(timeline.Date)
			e.Range = &[2]timeline.Expr{a, b}
			return e, true
		})
}

// WeekdayRange reads a span of weekdays: "from Monday to Wednesday",
// "between Monday and Wednesday", "Monday through Friday".
func WeekdayRange() *rule.Rule {
	return rule.New("en.weekday-range",
		`(?:(from|between)`+sp+`)?(`+weekday+`)`+sp+`(to|through|until|and|-)`+sp+`(`+weekday+`)`,
		func(c []string) (timeline.Expr, bool) {
			pre, link := rule.Fold(c[0]), rule.Fold(c[2])
			if (link == "and") != (pre == "between") || (pre == "" && link != "through" && link != "-") {
				return timeline.Expr{}, false
			}
			a := timeline.NewExpr(timeline.Date)
			a.Anchor, a.Weekday = timeline.AnchorDoc, weekdayOf(c[1])
			b := timeline.NewExpr(timeline.Date)
			b.Anchor, b.Dir, b.Weekday = timeline.AnchorPrev, timeline.DirFuture, weekdayOf(c[3])
			e := timeline.NewExpr(timeline.Date)
			e.Range = &[2]timeline.Expr{a, b}
			return e, true
		})
}

// ClockRange reads a span of hours: "from 9am to 11am", "between 2 and 4
// pm", "3-8pm", on the day the story is at.
func ClockRange() *rule.Rule {
	return rule.New("en.clock-range",
		`(?:(from|between)`+sp+`)?(\d{1,2})(?::(\d{2}))?(?:\s*(a\.m\.|p\.m\.|am|pm))?\s*(to|until|and|-|–)\s*`+clockPat,
		func(c []string) (timeline.Expr, bool) {
			pre, link := rule.Fold(c[0]), rule.Fold(c[4])
			if (link == "and") != (pre == "between") || (pre == "" && link != "-" && link != "–") {
				return timeline.Expr{}, false
			}
			ampm2 := c[7]
			if ampm2 == "" && c[6] == "" && c[3] == "" && c[2] == "" {
				return timeline.Expr{}, false
			}
			ampm1 := c[3]
			if ampm1 == "" {
				ampm1 = ampm2
			}
			h1, m1, ok1 := clockOf([]string{c[1], c[2], ampm1})
			h2, m2, ok2 := clockOf(c[5:8])
			if !ok1 || !ok2 {
				return timeline.Expr{}, false
			}
			if c[3] == "" && h1 > h2 && h1-12 >= 0 {
				h1 -= 12 // "11-2pm" is not 23:00 to 14:00
			}
			a, b := timeline.NewExpr(timeline.Time), timeline.NewExpr(timeline.Time)
			for _, x := range []*timeline.Expr{&a, &b} {
				x.Anchor, x.Shift = timeline.AnchorPrev, timeline.Shift{Unit: timeline.Day}
			}
			a.Hour, a.Minute, b.Hour, b.Minute = h1, m1, h2, m2
			e := timeline.NewExpr(timeline.Time)
			e.Anchor = timeline.AnchorPrev
			e.Range = &[2]timeline.Expr{a, b}
			return e, true
		})
}
