package fr

import (
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// ClockWords reads a time of day written in words: "à dix heures", "vers
// sept heures et demie", "dès six heures du matin", "à huit heures moins
// le quart", "à sept heures et vingt-sept minutes". Without "à", "vers"… it is a duration ("dix heures"); before
// "de" it is a distance ("à deux heures de Paris") and no time.
func ClockWords() *rule.Rule {
	return rule.NewFollowed("fr.clock-words",
		`(à|a|vers|dès|avant|après|apres|jusqu`+apos+`à|peu`+sp+`avant|peu`+sp+`après|aux`+sp+`alentours`+sp+`de)`+sp+
			`(une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|vingt-et-une|vingt-deux|vingt-trois)`+sp+`heures?`+
			`(?:`+sp+`(et`+sp+`quart|et`+sp+`demie|moins`+sp+`le`+sp+`quart|(?:moins`+sp+`|et`+sp+`)?`+minuteWords+`(?:`+sp+`minutes?)?))?`+
			`(?:`+sp+`(du`+sp+`matin|de`+sp+`l`+apos+`après-midi|de`+sp+`l`+apos+`apres-midi|du`+sp+`soir))?`,
		// Not before "de" / "d'": "à deux heures de route".
		`[\s\x{00a0}\x{202f}]*(?:[,.;:!?)»]|$)|`+sp+`(?:[^d\s]|d[^e'’\s]|de\p{L})`,
		clockWordsMeaning).On("heure", "heures")
}

// ClockBeforeDay reads a time of day in words or digits with no "à"
// before it, when its day follows: "dix heures mercredi matin", "onze
// heures jeudi soir", "sept heures ce matin", "4 heures ce matin". It is a
// time on that day (the tagger joins them), not the duration "dix heures"
// is alone.
func ClockBeforeDay() *rule.Rule {
	return rule.NewFollowed("fr.clock-before-day",
		`()(une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|vingt-et-une|vingt-deux|vingt-trois|[01]?[0-9]|2[0-3])`+sp+`heures?`+
			`(?:`+sp+`(et`+sp+`quart|et`+sp+`demie|moins`+sp+`le`+sp+`quart|(?:moins`+sp+`|et`+sp+`)?`+minuteWords+`(?:`+sp+`minutes?)?))?`+
			`(?:`+sp+`(du`+sp+`matin|de`+sp+`l`+apos+`après-midi|de`+sp+`l`+apos+`apres-midi|du`+sp+`soir))?`,
		`,?`+sp+`(?:(?:`+weekday+`|demain|hier|aujourd`+apos+`hui)(?:[^\p{L}]|$)|(?:ce|cet|cette)`+sp+`(?:matin|soir|après-midi|apres-midi|nuit|matinée|soirée))`,
		clockWordsMeaning).On("heure", "heures")
}

// clockWordsMeaning is the time of ClockWords and ClockBeforeDay: c holds
// the word before (or ""), the hour, the minutes, the part of the day.
func clockWordsMeaning(c []string) (expr.Expr, bool) {
	h, ok := numberOf(c[1])
	if !ok || h > 23 {
		return expr.Expr{}, false
	}
	m := 0
	switch min := rule.Fold(strings.Join(strings.Fields(c[2]), " ")); {
	case min == "":
	case min == "et quart":
		m = 15
	case min == "et demie":
		m = 30
	case min == "moins le quart":
		h, m = h-1, 45
	default:
		// "moins vingt", "et vingt-sept minutes", "trente".
		words := strings.Fields(strings.TrimSuffix(strings.TrimSuffix(min, "s"), " minute"))
		n, ok := numberOf(words[len(words)-1])
		if !ok || n > 59 {
			return expr.Expr{}, false
		}
		m = n
		if words[0] == "moins" {
			h, m = h-1, 60-n
		}
	}
	switch suffix := rule.Fold(c[3]); {
	case strings.HasPrefix(suffix, "de l"), suffix == "du soir":
		if h < 12 {
			h += 12
		}
	}
	if h < 0 {
		h += 24
	}
	e := expr.Expr{Type: expr.Time}
	e.Anchor = expr.AnchorPrev
	e.Shift = expr.Shift{Unit: expr.Day}
	e.Hour, e.Minute = expr.Some(h), m
	return e, true
}

// minuteWords: minutes in words, "cinq" to "cinquante-neuf".
const minuteWords = `(?:(?:vingt|trente|quarante|cinquante)(?:-et-une?|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf)`
