package en

import (
	"strconv"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Per reads a rate or a repetition: "per year", "twice a week", "three
// times a month", "every two weeks", "every other day" ("every summer" is
// Yearly's). A SET: TIMEX3 writes the period (P1W; the count, "2X", is its frequency).
// "A year" alone is a length ("a year ago", "for a year"): not read here.
func Per() *rule.Rule {
	return rule.New("en.per",
		`(?:(once|twice|thrice|(?:`+count+`)`+sp+`times)`+sp+`(?:a|an|per)|per)`+sp+`(day|week|month|year|quarter|decade)`+
			`|every`+sp+`(other|`+count+`)`+sp+`(days?|weeks?|months?|years?)`,
		func(c []string) (expr.Expr, bool) {
			e := expr.Expr{Type: expr.Set}
			switch {
			case c[1] != "":
				_, letter, _, k := unitOf(c[1])
				e.Timex = "P" + strconv.Itoa(k) + letter // "per quarter": P3M
			default:
				n, ok := 2, true // "every other day": every second one
				if rule.Fold(c[2]) != "other" {
					n, ok = numberOf(c[2])
				}
				if !ok || n < 2 {
					return rule.Skip() // "every day" is Set's
				}
				_, letter, _, k := unitOf(c[3])
				e.Timex = "P" + strconv.Itoa(n*k) + letter
			}
			return e, true
		}).On("per", "every", "once", "twice", "thrice", "times")
}
