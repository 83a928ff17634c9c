package en

import (
	"fmt"
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Duration reads a length of time: "for three days", "two years", "a few
// months" (PXM), "24 hours", "1.5 hours" (PT1.5H). An age ("a 38-year-old", "aged 53") is not
// read.
func Duration() *rule.Rule {
	return rule.New("en.duration",
		`(?:(for|over|during|within|about|around|nearly|almost|more`+sp+`than|less`+sp+`than|at`+sp+`least|aged|the`+sp+`past|the`+sp+`last|the`+sp+`next)`+sp+`)?(`+number+`|\d{1,3}\.\d{1,2})(`+sp+`and`+sp+`a`+sp+`half)?(?:`+sp+`|-)(`+unit+`)(`+sp+`and`+sp+`a`+sp+`half)?(-old|`+sp+`old)?`,
		func(c []string) (expr.Expr, bool) {
			if c[5] != "" || rule.Fold(c[0]) == "aged" {
				return expr.Expr{}, false
			}
			half := c[2] != "" || c[4] != "" // "two and a half hours", "a year and a half"
			if c[2] != "" && c[4] != "" {
				return expr.Expr{}, false
			}
			c = []string{c[0], c[1], c[3]}
			num, u := c[1], c[2]
			if c[0] == "" && rule.Fold(u) == "second" {
				switch rule.Fold(num) {
				case "a", "an", "one":
					return rule.Skip() // "a second round": the ordinal
				}
			}
			if h, smaller, ok := halved(num, u); ok {
				num, u = fmt.Sprint(h), smaller // "half an hour": PT30M
			}
			_, letter, g, k := unitOf(u)
			e := expr.Expr{Type: expr.Duration}
			e.Grain = g
			x := "X"
			if n, ok := numberOf(num); ok {
				e.Timex = lasting(n, k, letter, half) // "nearly a decade": P1DE
				return e, true
			} else if f, err := strconv.ParseFloat(num, 64); err == nil && !half {
				x = strconv.FormatFloat(f*float64(k), 'f', -1, 64) // "1.5 hours": PT1.5H
			}
			switch {
			case x == "X":
				e.Timex = vagueLength(letter, k) // "several decades": PXDE
			case letter[0] == 'T':
				e.Timex = "PT" + x + letter[1:]
			default:
				e.Timex = "P" + x + letter
			}
			return e, true
		}).On(unitWords...)
}
