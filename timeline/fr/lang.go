package fr

import "frise/timeline/lang"

// Language is French as the tagger reads it: the rules of All, the words
// that join two phrases side by side, and the common words detection
// counts.
func Language() lang.Language {
	l := cues
	l.Tag, l.Rules, l.Joins, l.Common, l.ToCome, l.TenseCues = "fr", All, Joins(), commonWords(), toCome, tenseCues
	l.Scheduled = scheduled
	l.Calendar, l.Name, l.Page = calendar, "français", &page
	l.Signal, l.Contrast = signal, contrast
	l.Zoned = true
	return l
}

// Joins are the French words that join phrases: "du 2 au 5 janvier",
// "entre le 3 et le 7", "depuis vendredi", "jusqu'à jeudi", "à partir de
// lundi", "trois jours après le 5 mai", "mardi à 14 h", "dans la soirée
// de samedi", "le 8 au soir".
func Joins() lang.Joins {
	return lang.Joins{
		RangeStarts:   []string{"de", "du", "d'", "d’"},
		RangeLinks:    []string{"à", "a", "au", "jusqu'à", "jusqu’à", "jusqu'au", "jusqu’au"},
		BetweenStarts: []string{"entre"},
		BetweenLinks:  []string{"et"},
		Opens: []lang.Open{
			{Words: "depuis", Side: lang.Since},
			{Words: "jusqu'", Side: lang.Until}, {Words: "jusqu’", Side: lang.Until}, // "jusqu'en mars", "jusqu'au 20"
			{Words: "jusqu' à", Side: lang.Until}, {Words: "jusqu' a", Side: lang.Until},
			{Words: "jusqu’ à", Side: lang.Until}, {Words: "jusqu’ a", Side: lang.Until},
			{Words: "après", Side: lang.After}, {Words: "apres", Side: lang.After},
			{Words: "avant", Side: lang.Before},
			// Not "dès": "a nommé dès hier" is as early as yesterday, a point.
			{Words: "à partir", Side: lang.From}, {Words: "a partir", Side: lang.From}, // "à partir du 18 janvier"
			{Words: "à partir de", Side: lang.From}, {Words: "à partir d'", Side: lang.From}, {Words: "à partir d’", Side: lang.From},
			{Words: "a partir de", Side: lang.From}, {Words: "a partir d'", Side: lang.From}, {Words: "a partir d’", Side: lang.From},
		},
		After:      []string{"après", "apres"},
		Before:     []string{"avant"},
		NoEvent:    []string{"et", "mais", "alors", "à", "en", "dans", "il", "elle", "ils", "elles", "on", "avait", "était", "a", "est"},
		HoursSince: []string{"depuis"},
		At:         []string{"à", "a"},
		NotAt:      []string{"à partir", "a partir"},
		Of:         []string{"de", "du", "d'", "d’"},
		PartOfDay:  []string{"au", "en", "dans"},
		ClockApart: true,
		Count:      numberOf,
	}
}

// commonWords are very frequent French words that English does not write,
// and the time words French press copy writes most: a short story or a
// pasted phrase ("mardi soir", "il y a deux jours") has few function words.
// The detector reads words of eight bytes at most.
func commonWords() []string {
	return []string{"le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "que", "au", "sur",
		"pas", "avec", "ont", "été", "il", "elle", "ils", "en", "un", "ce", "cette", "sont", "plus", "par",
		"aux", "ne", "mais", "leur", "où", "après", "avant", "depuis", "selon", "entre",
		"hier", "demain", "matin", "soir", "nuit", "semaine", "mois", "ans", "année", "jours", "heures",
		"dernier", "dernière", "prochain", "veille", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
		"dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "octobre", "novembre"}
}
