package en

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// HourPart reads an hour without a.m. or p.m. that a part of the day
// places: "at 3 in the afternoon", "11 at night", "6 in the morning",
// "this afternoon at 3", "11 tonight". "This", "tonight" are the
// article's day; the others the story's.
func HourPart() *rule.Rule {
	return rule.New("en.hour-part",
		`(?:(?:at|around|about|by|until)`+sp+`)?(\d{1,2})(?::(\d{2}))?`+sp+`(in`+sp+`the`+sp+`morning|in`+sp+`the`+sp+`afternoon|in`+sp+`the`+sp+`evening|at`+sp+`night|tonight|this`+sp+`morning|this`+sp+`afternoon|this`+sp+`evening)`+
			`|(this`+sp+`morning|this`+sp+`afternoon|this`+sp+`evening|tonight)`+sp+`(?:at|around|about)`+sp+`(\d{1,2})(?::(\d{2}))?`,
		func(c []string) (expr.Expr, bool) {
			hs, ms, part := c[0], c[1], rule.Fold(c[2])
			if c[3] != "" {
				hs, ms, part = c[4], c[5], rule.Fold(c[3])
			}
			h, _ := strconv.Atoi(hs)
			m, _ := strconv.Atoi(ms)
			if h < 1 || h > 12 || m > 59 {
				return rule.Skip()
			}
			switch {
			case strings.HasSuffix(part, "morning"):
				if h == 12 {
					h = 0
				}
			case strings.HasSuffix(part, "night"):
				switch {
				case h == 12:
					h = 0
				case h >= 6:
					h += 12 // "11 at night"; "2 at night" is the small hours
				}
			default: // afternoon, evening, tonight
				if h < 12 {
					h += 12
				}
			}
			e := expr.Expr{Type: expr.Time}
			e.Anchor, e.Shift = expr.AnchorPrev, expr.Shift{Unit: expr.Day}
			if strings.HasPrefix(part, "this") || part == "tonight" {
				e.Anchor = expr.AnchorDoc
			}
			e.Hour, e.Minute = expr.Some(h), m
			return e, true
		}).On("morning", "afternoon", "evening", "night", "tonight")
}
