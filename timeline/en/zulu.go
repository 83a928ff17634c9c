package en

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Zulu reads a time written as wire copy writes it, four digits and the
// zone: "at 0800 GMT", "by 1430 UTC". Without the zone, four digits are a
// year or a number.
func Zulu() *rule.Rule {
	return rule.New("en.zulu",
		`(?:(?:at|by|until|before|after|from|since|around|about)`+sp+`)?([01]\d|2[0-3])([0-5]\d)`+sp+`(GMT|UTC)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Time}
			e.Anchor, e.Shift = expr.AnchorPrev, expr.Shift{Unit: expr.Day}
			h, _ := strconv.Atoi(c[0])
			e.Hour = expr.Some(h)
			e.Minute, _ = strconv.Atoi(c[1])
			e.Zone = "UTC"
			return e, true
		}).On("gmt", "utc")
}
