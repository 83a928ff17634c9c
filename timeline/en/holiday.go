package en

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Holiday reads a feast: "Christmas", "on Christmas Eve", "New Year's Day",
// "Easter Monday", "Thanksgiving", "Black Friday", "the Fourth of July",
// "Halloween 2021", and the long weekend a feast names: "Labor Day
// weekend", "the weekend of Thanksgiving".
// Fixed feasts are dates; the others are computed for the year.
func Holiday() *rule.Rule {
	return rule.New("en.holiday",
		`(?:(the`+sp+`(?:long`+sp+`)?weekend`+sp+`of)`+sp+`)?(christmas(?:`+sp+`(?:day|eve))?|new`+sp+`year`+apos+`?s(?:`+sp+`(?:day|eve))?|easter(?:`+sp+`(?:sunday|monday))?|good`+sp+`friday|black`+sp+`friday|cyber`+sp+`monday|ash`+sp+`wednesday|thanksgiving(?:`+sp+`day)?|independence`+sp+`day|(?:the`+sp+`)?fourth`+sp+`of`+sp+`july|halloween|valentine`+apos+`?s`+sp+`day|mother`+apos+`?s`+sp+`day|father`+apos+`?s`+sp+`day|labor`+sp+`day|memorial`+sp+`day|(?:martin`+sp+`luther`+sp+`king(?:`+sp+`jr\.?)?|mlk)`+sp+`day|veterans`+sp+`day|boxing`+sp+`day|pentecost|ascension`+sp+`day)`+
			`(?:,?`+sp+`((?:19|20)\d\d))?(?:`+sp+`(weekend)(?:`+sp+`((?:19|20)\d\d))?)?`,
		func(c []string) (expr.Expr, bool) {
			weekend := c[0] != "" || c[3] != "" // "Labor Day weekend", "the weekend of Halloween"
			if c[3] != "" && c[0] != "" || c[2] != "" && c[4] != "" {
				return expr.Expr{}, false
			}
			c = []string{c[1], c[2] + c[4]}
			name := strings.Join(strings.Fields(unpunct.Replace(rule.Fold(c[0]))), " ")
			name = strings.TrimPrefix(name, "the ")
			e := expr.Expr{Type: expr.Date}
			fixed := map[string][2]int{
				"christmas": {12, 25}, "christmas day": {12, 25}, "christmas eve": {12, 24}, "new years": {1, 1},
				"new years day": {1, 1}, "new years eve": {12, 31}, "independence day": {7, 4}, "fourth of july": {7, 4},
				"halloween": {10, 31}, "valentines day": {2, 14}, "veterans day": {11, 11}, "boxing day": {12, 26},
			}
			moving := map[string]string{
				"easter": "easter", "easter sunday": "easter", "easter monday": "easter-monday", "good friday": "good-friday", "black friday": "black-friday", "cyber monday": "cyber-monday",
				"ash wednesday": "ash-wednesday", "thanksgiving": "thanksgiving", "thanksgiving day": "thanksgiving",
				"mothers day": "mothers-day-us", "fathers day": "fathers-day", "labor day": "labor-day",
				"memorial day": "memorial-day", "martin luther king day": "mlk-day", "martin luther king jr day": "mlk-day",
				"mlk day": "mlk-day", "pentecost": "pentecost", "ascension day": "ascension",
			}
			if md, ok := fixed[name]; ok {
				e.Month, e.Day = md[0], md[1]
			} else if h, ok := moving[name]; ok {
				e.Holiday, e.Anchor = h, expr.AnchorDoc
			} else {
				return expr.Expr{}, false
			}
			if c[1] != "" {
				e.Year, _ = strconv.Atoi(c[1])
			}
			e.Weekend = weekend
			return e, true
		}).On("christmas", "new", "easter", "good", "black", "cyber", "ash", "thanksgiving", "independence", "fourth", "halloween",
		"valentine", "valentines", "mother", "mothers", "father", "fathers", "labor", "memorial", "king", "mlk",
		"veterans", "boxing", "pentecost", "ascension", "weekend")
}

var unpunct = strings.NewReplacer("'", "", "’", "", ".", "")
