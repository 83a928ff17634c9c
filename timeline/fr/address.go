package fr

import (
	"frise/timeline"
	"frise/timeline/rule"
)

// Address reads a street number ("le 10, rue Paul-Bert", "au 14 avenue
// Foch") to say it is no time: it blocks "le 10" from being read as a day.
func Address() *rule.Rule {
	return rule.New("fr.address",
		`(?:le|au|du|des)`+sp+`\d{1,4}(?:`+sp+`?(?:bis|ter))?,?`+sp+
			`(?:rue|avenue|av\.|boulevard|bd|place|allée|allee|chemin|quai|impasse|route|cours|square|faubourg|passage|esplanade)`,
		func([]string) (timeline.Expr, bool) { return timeline.Expr{}, false }).
		On("rue", "avenue", "av", "boulevard", "bd", "place", "allée", "allee", "chemin", "quai", "impasse", "route", "cours", "square", "faubourg", "passage", "esplanade")
}
