package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Address reads a street number ("le 10, rue Paul-Bert", "au 14 avenue
// Foch") or a street named after a date ("rue du 4 Septembre", "place du
// 8 mai 1945") to say it is no time: it blocks "le 10" from being read as
// a day, and the date of the name from the story.
func Address() *rule.Rule {
	return rule.New("fr.address",
		`(?:le|au|du|des)`+sp+`\d{1,4}(?:`+sp+`?(?:bis|ter))?,?`+sp+
			`(?:rue|avenue|av\.|boulevard|bd|place|allée|allee|chemin|quai|impasse|route|cours|square|faubourg|passage|esplanade)`+
			`|(?:rue|avenue|boulevard|place|allée|allee|quai|cours|square|esplanade|pont|parvis|impasse)`+sp+`du`+sp+
			`(?:1er|\d{1,2})`+sp+`(?:`+month+`)(?:`+sp+`\d{4})?`,
		func([]string) (expr.Expr, bool) { return expr.Expr{}, false }).
		On("rue", "avenue", "pont", "parvis", "av", "boulevard", "bd", "place", "allée", "allee", "chemin", "quai", "impasse", "route", "cours", "square", "faubourg", "passage", "esplanade")
}
