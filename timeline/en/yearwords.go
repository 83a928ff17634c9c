package en

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// YearWords reads a year spelled out after the words that bring in a
// year: "in nineteen eighty-nine", "since nineteen ninety", "by nineteen
// hundred", "in nineteen oh five", "in two thousand and three". Left out:
// the words alone ("nineteen eighty-nine people"), which count, and "two
// thousand" with nothing after it ("by two thousand votes").
func YearWords() *rule.Rule {
	teens := `ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`
	units := `one|two|three|four|five|six|seven|eight|nine`
	tens := `twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`
	return rule.New("en.year-words",
		`(in|since|by|until)`+sp+`((?:eighteen|nineteen|twenty)[ -](?:hundred|oh[ -](?:`+units+`)|`+teens+`|(?:`+tens+`)(?:[ -](?:`+units+`))?)`+
			`|two[ -]thousand(?:[ -]and)?[ -](?:`+teens+`|`+units+`))`,
		func(c []string) (expr.Expr, bool) {
			w := strings.FieldsFunc(rule.Fold(c[1]), func(r rune) bool { return r == ' ' || r == '-' })
			y := 0
			if w[0] == "two" && w[1] == "thousand" {
				y = 2000
				if n := len(w); n > 2 {
					y += numberWords[w[n-1]]
				}
			} else {
				y = 100 * numberWords[w[0]]
				switch rest := w[1:]; {
				case rest[0] == "hundred":
				case rest[0] == "oh":
					y += numberWords[rest[1]]
				default:
					n, ok := numberOf(strings.Join(rest, " "))
					if !ok {
						return rule.Skip()
					}
					y += n
				}
			}
			e := expr.Expr{Type: expr.Date}
			e.Year, e.Grain = y, expr.GrainYear
			return e, true
		}).On("eighteen", "nineteen", "twenty", "thousand")
}
