package rule

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
)

// Timestamp reads an ISO 8601 date and time, as machines write them into
// copy and metadata: "2022-01-05T14:30", "1994-11-05T13:15:30Z",
// "2016-05-07T23:45:00.487+01:00". The same in every language; name is the
// grammar's name for it ("fr.timestamp"). Fractions of a second are read
// and dropped: a value is never finer than a second.
func Timestamp(name string) *Rule {
	return New(name,
		`(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?`,
		func(c []string) (expr.Expr, bool) {
			n := make([]int, 6)
			for i := range n {
				n[i], _ = strconv.Atoi(c[i])
			}
			e := expr.Expr{Type: expr.Time}
			e.Year, e.Month, e.Day, e.Hour, e.Minute = n[0], n[1], n[2], expr.Some(n[3]), n[4]
			if e.Month < 1 || e.Month > 12 || e.Day < 1 || e.Day > 31 || n[3] > 24 || e.Minute > 59 || n[5] > 60 {
				return expr.Expr{}, false
			}
			if c[5] != "" {
				e.Second, e.Grain = n[5], expr.GrainSecond
			}
			e.Zone = strings.Clone(c[6]) // its own bytes: an expression may outlive the text (see timeline.Resolver)
			return e, true
		}).On(Year)
}
