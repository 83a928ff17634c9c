package fr

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Century reads a century: "au XIXe siècle", "du 20e siècle", "le
// XXIème siècle". TIMEX3 writes the hundreds: "18" for the XIXe.
func Century() *rule.Rule {
	return rule.New("fr.century",
		`([IVXivx]{1,5}|\d{1,2})(?:e|ème|eme|è)`+sp+`(?:siècle|siecle)(`+sp+`(?:av\.|avant)`+sp+`(?:J\.?-?C\.?|Jésus-Christ|notre`+sp+`ère))?`,
		func(c []string) (expr.Expr, bool) {
			if c[1] != "" {
				return expr.Expr{}, false // before the common era: no calendar of ours
			}
			n, err := strconv.Atoi(c[0])
			if err != nil {
				n = roman(strings.ToUpper(c[0]))
			}
			if n < 1 || n > 21 {
				return expr.Expr{}, false
			}
			return expr.Century(n), true
		}).On("siècle", "siecle")
}

// roman reads a Roman numeral up to XXXIX; 0 if s is none.
func roman(s string) int {
	n, last := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		var v int
		switch s[i] {
		case 'I':
			v = 1
		case 'V':
			v = 5
		case 'X':
			v = 10
		default:
			return 0
		}
		if v < last {
			n -= v
		} else {
			n += v
			last = v
		}
	}
	return n
}
