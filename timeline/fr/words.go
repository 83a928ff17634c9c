package fr

import (
	"strconv"
	"strings"

	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Pieces of patterns shared by the rules. Apostrophes may be typographic;
// accents may be missing in scraped copy ("apres-midi").
const (
	apos    = `['’]`
	sp      = `[\s\x{00a0}\x{202f}]+`
	weekday = `lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche`
	month   = `janvier|janv\.?|jan\.?|f[ée]vrier|f[ée]vr\.?|f[ée]v\.?|mars|avril|avr\.?|mai|juin|juillet|juil\.?|ao[uû]t|septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|d[ée]cembre|d[ée]c\.?`
	// part is a part of the day as it follows a day ("mardi soir", "hier en
	// fin de matinée", "la veille au soir"): two groups, the whole suffix and
	// the part's word.
	part     = `((?:au` + sp + `|dans` + sp + `la` + sp + `|dans` + sp + `le` + sp + `|dans` + sp + `l` + apos + `|en` + sp + `(?:fin|début|debut|milieu)` + sp + `(?:de` + sp + `la` + sp + `|de` + sp + `|d` + apos + `)|(?:tôt|tot|tard)` + sp + `dans` + sp + `(?:la` + sp + `|l` + apos + `)|en` + sp + `)?(` + partWord + `))`
	partWord = `matin(?:ée|ee)?|apr[eè]s-midi|apr[eè]s` + sp + `midi|midi|soir(?:ée|ee)?|nuit`
	// monthAbbr is a month name or its first letters, as numeric dates write them.
	monthAbbr = `janv(?:ier)?|f[ée]v(?:r(?:ier)?)?|mars?|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t?|sept?(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|jan|feb|apr|may|jun|jul|aug|dec`
	// approx is a count about so many: "une quinzaine de", "une dizaine d'".
	approx = `une` + sp + `(?:huitaine|dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)` + sp + `de?`
	// number is a count in digits or words, one to ninety-nine and the
	// round hundreds and thousands.
	number = approx + `|\d{1,3}|` + numberWord + `|quelques|plusieurs`
	// count is a number that is given: no "quelques".
	count = approx + `|\d{1,3}|` + numberWord
	// numberWord is a number in words: "vingt et un" and "vingt-et-un",
	// "soixante-dix-sept", "quatre-vingts", the Belgian and Swiss
	// "septante", "nonante", "deux cents", "mille". The longer forms come
	// first: the alternation takes the first that lets the phrase match.
	numberWord = `(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf)` + dash + `)?(?:cents?|mille)|` + tens + `|` + teen + `|une?|deux|trois|quatre|cinq|six|sept|huit|neuf`
	teen       = `dix` + dash + `(?:sept|huit|neuf)|dix|onze|douze|treize|quatorze|quinze|seize`
	tens       = `(?:quatre` + dash + `vingt|soixante)(?:` + dash + `et` + dash + `(?:une?|onze)|` + dash + `(?:` + teen + `|deux|trois|quatre|cinq|six|sept|huit|neuf|une?))|` +
		`(?:vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante)(?:` + dash + `et` + dash + `une?|` + dash + `(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?|quatre` + dash + `vingts?`
	// dayWord is a day of the month in words, two to thirty-one.
	dayWord = `(?:vingt|trente)(?:` + dash + `et` + dash + `une?|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?|` + teen + `|deux|trois|quatre|cinq|six|sept|huit|neuf`
	// dash joins the words of a number: a hyphen, or a space as older
	// spelling has it ("vingt et un").
	dash = `(?:-|` + sp + `)`
	// unit is a calendar unit, singular or plural.
	unit = `secondes?|minutes?|mins?|mn|heures?|jours?|journées?|semaines?|mois|ans?|années?|trimestres?|siècles?|décennies?`
)

var weekdays = map[string]int{"dimanche": 0, "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6}

func weekdayOf(s string) int {
	if d, ok := weekdays[rule.Fold(s)]; ok {
		return d
	}
	return -1
}

var unaccent = strings.NewReplacer("é", "e", "û", "u")

// monthOf reads a month name or abbreviation: 1 to 12, or 0.
func monthOf(s string) int {
	s = strings.TrimSuffix(rule.Fold(s), ".")
	s = unaccent.Replace(s)
	for i, p := range []string{"jan", "fev", "mar", "avr", "mai", "juin", "juil", "aou", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, p) {
			return i + 1
		}
	}
	return 0
}

var approxWords = map[string]int{"huitaine": 8, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
	"trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100}

var numberWords = map[string]int{
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
	"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
	"dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30, "quarante": 40,
	"cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
	"cent": 100, "mille": 1000, "premier": 1, "1er": 1, "er": 1,
}

// numberOf reads a count; "quelques", "plusieurs" (an unknown number) give 0
// and false.
func numberOf(s string) (int, bool) {
	s = rule.Fold(s)
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	if n, ok := numberWords[s]; ok {
		return n, true
	}
	// "une quinzaine de", "une dizaine d'": about that many.
	if f := strings.Fields(s); len(f) == 3 && f[0] == "une" {
		if n, ok := approxWords[f[1]]; ok {
			return n, true
		}
	}
	// "vingt-deux", "trente et un", "soixante-dix-sept", "quatre-vingts",
	// "deux cents": numberWord's words, added up; "quatre" before "vingt"
	// and a count before "cent" or "mille" multiply.
	words := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == ' ' })
	if len(words) < 2 {
		return 0, false
	}
	total, last := 0, 0
	for i, w := range words {
		switch {
		case w == "et" && 0 < i && i < len(words)-1:
			continue
		case (w == "vingt" || w == "vingts") && last == 4 && i > 0: // "quatre-vingt(s)"
			total += 80 - 4
			last = 80
		case w == "cent" || w == "cents" || w == "mille":
			mult := 100
			if w == "mille" {
				mult = 1000
			}
			switch {
			case i == 0:
				total = mult
			case i == 1 && 1 < last && last < 10: // "deux cents"
				total = last * mult
			default:
				return 0, false
			}
			last = mult
		default:
			n, ok := numberWords[w]
			if !ok || n >= 100 || w == "premier" || w == "1er" || w == "er" {
				return 0, false
			}
			total += n
			last = n
		}
	}
	return total, total > 0
}

// weekDays reads weeks counted in days as French counts them, from a day
// to the same weekday, both ends included: "dans huit jours" is a week
// away, "il y a quinze jours" two weeks back ("une quinzaine de jours"
// too).
func weekDays(n int, u expr.Unit) int {
	if u == expr.Day {
		switch n {
		case 8, -8:
			return n - n/8
		case 15, -15:
			return n - n/15
		}
	}
	return n
}

// unitWords are the words of unit, the triggers of the rules that count
// in units.
var unitWords = []string{"seconde", "secondes", "minute", "minutes", "min", "mins", "mn", "heure", "heures",
	"jour", "jours", "journée", "journées", "journee", "journees", "semaine", "semaines", "mois", "an", "ans",
	"année", "années", "annee", "annees", "trimestre", "trimestres", "siècle", "siècles", "siecle", "siecles",
	"décennie", "décennies", "decennie", "decennies"}

// unitOf reads a unit word into a shift unit, the TIMEX3 letter of a
// duration and the unit's grain.
func unitOf(s string) (expr.Unit, string, expr.Granularity) {
	s = rule.Fold(s)
	switch {
	case strings.HasPrefix(s, "seconde"):
		return expr.Second, "TS", expr.GrainSecond
	case strings.HasPrefix(s, "min"), s == "mn": // "dans 5 min"
		return expr.Minute, "TM", expr.GrainMinute
	case strings.HasPrefix(s, "heure"):
		return expr.Hour, "TH", expr.GrainHour
	case strings.HasPrefix(s, "jour"):
		return expr.Day, "D", expr.GrainDay
	case strings.HasPrefix(s, "semaine"):
		return expr.Week, "W", expr.GrainWeek
	case s == "mois":
		return expr.Month, "M", expr.GrainMonth
	case strings.HasPrefix(s, "trimestre"):
		return expr.Month, "Q", expr.GrainMonth
	case strings.HasPrefix(s, "siècle"):
		return expr.Year, "CE", expr.GrainYear
	case strings.HasPrefix(s, "décennie"):
		return expr.Year, "DE", expr.GrainYear
	}
	return expr.Year, "Y", expr.GrainYear
}

// partOf reads a part of the day.
func partOf(s string) expr.Part {
	s = rule.Fold(s)
	switch {
	case strings.HasPrefix(s, "matin"):
		return expr.Morning
	case strings.HasPrefix(s, "apr"):
		return expr.Afternoon
	case s == "midi":
		return expr.Midday
	case strings.HasPrefix(s, "soir"):
		return expr.Evening
	case s == "nuit":
		return expr.Night
	}
	return expr.NoPart
}

// modOf reads "début", "mi", "fin" (and "tôt", "tard") into a Mod.
func modOf(s string) expr.Mod {
	s = rule.Fold(s)
	switch {
	case strings.Contains(s, "début"), strings.Contains(s, "debut"), strings.Contains(s, "tôt"), strings.Contains(s, "tot"):
		return expr.Start
	case strings.HasPrefix(s, "mi"), strings.Contains(s, "milieu"):
		return expr.Mid
	case strings.Contains(s, "fin"), strings.Contains(s, "tard"):
		return expr.End
	}
	return expr.NoMod
}

// withPart sets the part of the day named in c (the whole optional suffix
// and its word), and the mod a prefix such as "en fin de" gives it.
func withPart(e expr.Expr, suffix, word string) expr.Expr {
	if word == "" {
		return e
	}
	e.Part = partOf(word)
	e.Type = expr.Time
	e.Mod = modOf(strings.TrimSuffix(rule.Fold(suffix), rule.Fold(word)))
	if e.Part == expr.Midday && e.Mod == expr.NoMod {
		e.Part, e.Hour, e.Minute = expr.NoPart, expr.Some(12), 0
	}
	return e
}

// year reads a year of two or four digits ("98" is 1998, "03" is 2003).
func year(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	if len(s) == 2 {
		if n < 50 {
			return 2000 + n
		}
		return 1900 + n
	}
	return n
}

// clockPat is a time of day in digits: "14h30", "14 h 30", "17:00", "8h10m",
// "8:10 PM". Four groups: hour, unit ("h", "heures", ":"), minutes, am/pm.
// monthWords are the words of month: the triggers of the rules that need
// a month name.
var monthWords = []string{"janvier", "janv", "jan", "février", "fevrier", "févr", "fevr", "fév", "fev", "mars", "avril", "avr", "mai", "juin", "juillet", "juil", "août", "aout", "septembre", "sept", "sep", "octobre", "oct", "novembre", "nov", "décembre", "decembre", "déc", "dec"}

// weekdayWords are the words of weekday.
var weekdayWords = []string{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}

// clockWords are the triggers of clockPat: a time always holds "h",
// "heure(s)" or a colon between digits.
var clockWords = []string{"h", "heure", "heures", rule.Numeric}

const clockPat = `(\d{1,2})\s*(heures?|h|:)(?:\s*(\d{2}))?(?:\s*(?:min|mn|m))?(?:\s*(am|pm|a\.m\.|p\.m\.))?`

// clockOf reads the four groups of clockPat. ok is false for what is no
// time ("25h", "17:" without minutes).
func clockOf(c []string) (h, m int, ok bool) {
	h, err := strconv.Atoi(c[0])
	if err != nil {
		return 0, 0, false
	}
	if c[2] != "" {
		m, _ = strconv.Atoi(c[2])
	} else if c[1] == ":" {
		return 0, 0, false
	}
	switch strings.ReplaceAll(rule.Fold(c[3]), ".", "") {
	case "pm":
		if h < 12 {
			h += 12
		}
	case "am":
		if h == 12 {
			h = 0
		}
	}
	if h > 24 || m > 59 {
		return 0, 0, false
	}
	return h % 24, m, true
}

// durationTimex writes a TIMEX3 duration of n units of the letter unitOf
// gives (X when the count is not known): PT3H, P3D, a quarter as three
// months, a decade as ten years, a century as a hundred.
func durationTimex(n int, known bool, letter string) string {
	mult := 1
	switch letter {
	case "Q":
		mult, letter = 3, "M"
	case "DE":
		mult, letter = 10, "Y"
	case "CE":
		mult, letter = 100, "Y"
	}
	num := "X"
	if known {
		num = strconv.Itoa(n * mult)
	}
	if letter[0] == 'T' {
		return "PT" + num + letter[1:]
	}
	return "P" + num + letter
}

// placeOf reads the word that places a week, a month or a year: "dernier",
// "passé" (the one before the article's), "prochain" (the one after),
// "précédent", "suivant" (before or after the story's), nothing (the
// article's own). It returns the step and the anchor to count it from.
func placeOf(w string) (int, expr.Anchor) {
	switch {
	case strings.HasPrefix(w, "dern"), strings.HasPrefix(w, "pass"), strings.HasPrefix(w, "écoul"), strings.HasPrefix(w, "ecoul"):
		return -1, expr.AnchorDoc
	case strings.HasPrefix(w, "proch"):
		return 1, expr.AnchorDoc
	case strings.HasPrefix(w, "pr"):
		return -1, expr.AnchorPrev
	case strings.HasPrefix(w, "suiv"):
		return 1, expr.AnchorPrev
	}
	return 0, expr.AnchorDoc
}

// ordinalOf reads "premier", "1re", "deuxième", "seconde"… "cinquième"
// (1 to 5), and "dernier", "dernière" (-1); 0 for anything else.
func ordinalOf(w string) int {
	switch w = rule.Fold(w); {
	case strings.HasPrefix(w, "prem"), w == "1er", w == "1re":
		return 1
	case strings.HasPrefix(w, "deux"), w == "2e", w == "second", w == "seconde":
		return 2
	case strings.HasPrefix(w, "trois"), w == "3e":
		return 3
	case strings.HasPrefix(w, "quatr"), w == "4e":
		return 4
	case strings.HasPrefix(w, "cinq"), w == "5e":
		return 5
	case strings.HasPrefix(w, "dern"):
		return -1
	}
	return 0
}
