package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"frise/timeline/expr"
	"frise/timeline/lang"
)

// TenseOf reads the tense of the clause around the phrase at span: DirPast,
// DirFuture, or DirAuto when no verb says. The nearest cue wins, ties going
// to the past.
//
// Cues, French: an auxiliary (a, ont, avait, est, été…), the imperfect
// (-ait, -aient), the passé simple plural (-èrent, -irent), "vient de" read
// past; the future and the conditional (-ra, -ront, -rait…), "va"/"vont"
// before an infinitive, "doit" read future. English: "was", "had",
// "said", -ed read past; "will", "would", "shall", "going to", "due" read
// future. A word that moves or fixes a date ("reportée au", "prolongé
// jusqu'au", "postponed to") reads DirNearest: the verb's tense is the
// announcement's, not the date's.
//
// Known limits: the present ("se réunit jeudi") gives no cue, so a phrase in
// such a clause is read with the default, the past; a future-looking noun
// ("caméra") sitting nearer than the verb can mislead, which a stop list
// softens; reported speech ("a dit qu'il viendra jeudi") is read from the
// nearest verb, which is right more often than not.
//
// The words and endings are the languages' (lang.TenseCues), read from
// ts, their union (lang.Language.Tenses; nil: no cue at all). tag ("fr",
// "en-GB") keeps the cues of that language: English "a" is no auxiliary,
// "era" no future; "" or a tag none has reads every language's, in ts's
// order. Scheduling words are read whatever the tag.
func TenseOf(ts *lang.Tenses, tag, text string, span Span) expr.Direction {
	tag = strings.ToLower(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i] // "en-GB": English
	}
	on, own := ts.Reads(tag), ts.Own(tag)
	const window = 10 // words each side, within the sentence
	best, bestDist := expr.DirAuto, window+1
	forDate := false                                    // the phrase follows "pour" (TenseCues.For)
	moved := &lazyMoved{ts: ts, text: text, span: span} // read only at a scheduling word
	// Left of the phrase, nearest word first; each word is lowered once.
	i := span.Start
	nextW, _, _ := nextWord(text, i) // then, the word read the step before
	for n := 1; n <= window; n++ {
		w, start, stop := prevWord(text, i)
		if w == "" || stop {
			break
		}
		lw := Lower(w)
		if ahead(ts, on, text, start, n, lw, nextW) {
			return expr.DirFuture // "d'ici vendredi", "d'ici à la fin du mois": a time still to come, whatever the verb
		}
		if own && n > 1 && onList(ts, on, clauseJoins, lw) {
			// "opened on July 23 and close on Aug. 8": the verb before
			// "and" is the other clause's.
			break
		}
		if n == 1 && onList(ts, on, forWords, lw) {
			// "les syndicats avaient appelé à la grève pour le 20 janvier":
			// a verb in the past says when the call was, not the date it
			// was for; one that looks ahead ("se mobiliseront pour
			// jeudi") still says it.
			forDate = true
		}
		if infinitiveClause(ts, text, lw, start) {
			// "avant de quitter ses fonctions le 30 octobre": the main verb
			// says nothing of when the infinitive's event happens.
			return expr.DirAuto
		}
		d := cue(ts, on, w, lw, nextW, moved)
		if d == expr.DirPast && adjectival(ts, on, text, lw, start) {
			d = expr.DirAuto // "will remain closed until April 3": the tense is the auxiliary's
		}
		if d == expr.DirPast && onList(ts, on, auxParticiples, lw) {
			// "aura été", "sera eu": the auxiliary's tense is the clause's;
			// "d'été", "cet été": the season, no verb.
			p, _, _ := prevWord(text, start)
			switch lp := Lower(p); {
			case onList(ts, on, determiners, lp):
				d = expr.DirAuto
			case cue(ts, on, p, lp, w, nil) == expr.DirFuture:
				d = expr.DirFuture
			}
		}
		if d == expr.DirNearest && ts.Schedule(lw) {
			// "pourrait être renvoyé à la rentrée", "will be postponed to
			// May 3": a move still to be made moves ahead.
			p, ps, _ := prevWord(text, start)
			for k := 0; k < 2 && p != ""; k++ {
				if dp := cue(ts, on, p, Lower(p), w, nil); dp != expr.DirAuto {
					if dp == expr.DirFuture {
						d = expr.DirFuture
					}
					break
				}
				p, ps, _ = prevWord(text, ps)
			}
		}
		if d == expr.DirPast && onList(ts, on, auxWords, lw) {
			if p, _, _ := prevWord(text, start); onList(ts, on, appointments, Lower(p)) {
				d = expr.DirFuture // "rendez-vous est pris jeudi": an appointment, still to come
			}
		}
		if d == expr.DirPast && forDate {
			best = expr.DirNearest // the call's tense, not its date's
			break
		}
		if d != expr.DirAuto && n < bestDist {
			best, bestDist = d, n
			break
		}
		i, nextW = start, w
	}
	if forDate {
		return best // the clause after the date says nothing of it either
	}
	// Right of the phrase. A phrase inside its clause ends there at a comma
	// ("leaving on Thursday, the president said"); one that opens its
	// clause ("Mardi, la police a chargé") reads on past it.
	opens := opensClause(ts, text, span.Start)
	j := span.End
	w, end, stop := nextWord(text, j)
	for n := 1; n <= window && n < bestDist; n++ {
		if !opens && commaAt(text, j) || quoteCloses(text, j) {
			break // "« Nous reprendrons lundi », a déclaré…": the reporting verb is not the quotation's
		}
		if w == "" || stop {
			break
		}
		lw := Lower(w)
		nextW, nextEnd, nextStop := nextWord(text, end)
		d := cue(ts, on, w, lw, nextW, moved)
		if d == expr.DirPast && adjectival(ts, on, text, lw, end-len(w)) {
			d = expr.DirAuto
		}
		if d == expr.DirPast && onList(ts, on, auxParticiples, lw) {
			if p, _, _ := prevWord(text, end-len(w)); onList(ts, on, determiners, Lower(p)) {
				d = expr.DirAuto // "fin juin, les soldes d'été démarrent"
			}
		}
		if d != expr.DirAuto {
			if n < bestDist || (n == bestDist && d == expr.DirPast) {
				best, bestDist = d, n
			}
			break
		}
		j, w, end, stop = end, nextW, nextEnd, nextStop
	}
	return best
}

// onList reports whether lw is on the list pick gives of a language read
// (on, see lang.Tenses.Reads).
func onList(ts *lang.Tenses, on uint32, pick func(*lang.TenseCues) map[string]bool, lw string) bool {
	for i := range ts.Len() {
		if on&(1<<i) != 0 && pick(ts.Cues(i))[lw] {
			return true
		}
	}
	return false
}

// ahead reports whether lw, the n-th word left of a phrase, starting at
// start, next the word after it, says the phrase is a time still to come,
// in a language read (lang.TenseCues.Ahead).
func ahead(ts *lang.Tenses, on uint32, text string, start, n int, lw, next string) bool {
	for i := range ts.Len() {
		if c := ts.Cues(i); on&(1<<i) != 0 && c.Ahead != nil && c.Ahead(text, start, n, lw, next) {
			return true
		}
	}
	return false
}

func clauseJoins(c *lang.TenseCues) map[string]bool    { return c.ClauseJoins }
func forWords(c *lang.TenseCues) map[string]bool       { return c.For }
func auxParticiples(c *lang.TenseCues) map[string]bool { return c.AuxParticiples }
func determiners(c *lang.TenseCues) map[string]bool    { return c.Determiners }
func appointments(c *lang.TenseCues) map[string]bool   { return c.Appointments }
func auxWords(c *lang.TenseCues) map[string]bool       { return c.Aux }

// lastRune is utf8.DecodeLastRuneInString, two-byte runes (Latin-1's
// letters) decoded in place.
func lastRune(s string) (rune, int) {
	if n := len(s); n > 1 && s[n-1]&0xC0 == 0x80 && s[n-2] >= 0xC2 && s[n-2] < 0xE0 {
		return rune(s[n-2]&0x1F)<<6 | rune(s[n-1]&0x3F), 2
	}
	return utf8.DecodeLastRuneInString(s)
}

// commaAt reports whether a comma comes at i, after blanks.
func commaAt(text string, i int) bool {
	for ; i < len(text); i++ {
		switch text[i] {
		case ' ', '\t':
			continue
		case ',':
			return true
		case 0xC2: // U+00A0, a no-break space, is blank too
			if i+1 < len(text) && text[i+1] == 0xA0 {
				i++
				continue
			}
		}
		return false
	}
	return false
}

// quoteCloses reports whether a closing quotation mark comes at i, after
// blanks: "»", "”", or a straight '"' that a comma, a stop or the end of
// the text follows.
func quoteCloses(text string, i int) bool {
	for ; i < len(text) && (text[i] == ' ' || text[i] == '\t'); i++ {
	}
	switch {
	case strings.HasPrefix(text[i:], "»"), strings.HasPrefix(text[i:], "”"):
		return true
	case strings.HasPrefix(text[i:], "\""):
		for i++; i < len(text) && (text[i] == ' ' || text[i] == '\t'); i++ {
		}
		return i == len(text) || text[i] == ',' || isStop(rune(text[i]))
	}
	return false
}

// adjectival reports whether lw, a past form (lower case) starting at
// start, follows a copula of a language read ("remain closed", "will be
// closed", "is expected", "will be held"): a participle that says nothing
// of the tense, which its auxiliary says.
func adjectival(ts *lang.Tenses, on uint32, text, lw string, start int) bool {
	var lp string
	read := false
	for i := range ts.Len() {
		c := ts.Cues(i)
		if on&(1<<i) == 0 || len(c.Copulas) == 0 {
			continue
		}
		if !read {
			p, _, _ := prevWord(text, start)
			lp, read = Lower(p), true
		}
		if c.Perfect[lp] && ts.Past(i, lw) {
			return false // "has been held": the perfect's past, as "held" alone says
		}
		if c.Copulas[lp] {
			return true
		}
	}
	return false
}

// opensClause reports whether a phrase starting at i opens its clause:
// nothing but a few small words ("Au", "Dès le", "And on": the languages'
// lang.TenseCues.Leads) stand between it and the start of the sentence or
// clause.
func opensClause(ts *lang.Tenses, text string, i int) bool {
	for n := 0; n < 4; n++ {
		w, start, stop := prevWord(text, i)
		if w == "" || stop {
			return true
		}
		if !ts.Lead(Lower(w)) {
			return false
		}
		i = start
	}
	return false
}

// infinitiveClause reports whether lw, a word in lower case starting at
// start, is an infinitive introduced by "de", "pour", "afin de" or "sans"
// (the languages' lang.TenseCues.InfinitiveMarks): the phrase after it
// belongs to that clause.
func infinitiveClause(ts *lang.Tenses, text, lw string, start int) bool {
	if !ts.InfinitiveEnd(lw) {
		return false
	}
	p, pstart, _ := prevWord(text, start)
	if ts.InfinitivePronoun(Lower(p)) {
		// a pronoun between: "de s'étendre", "pour le faire"
		p, _, _ = prevWord(text, pstart)
	}
	return ts.InfinitiveMark(Lower(p))
}

// prevWord returns the word ending before i, where it starts, and whether a
// sentence or clause stop (. ; ! ? :) lies between it and i.
func prevWord(text string, i int) (w string, start int, stop bool) {
	for i > 0 {
		if c := text[i-1]; c < utf8.RuneSelf {
			if wordByte[c] {
				break
			}
			if isStop(rune(c)) && !abbreviation(text, i-1) {
				return "", i, true
			}
			i--
			continue
		}
		r, size := lastRune(text[:i])
		if unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	end := i
	for i > 0 {
		if c := text[i-1]; c < utf8.RuneSelf {
			if !wordByte[c] {
				break
			}
			i--
			continue
		}
		r, size := lastRune(text[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	return text[i:end], i, false
}

func nextWord(text string, i int) (w string, end int, stop bool) {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if wordByte[c] {
				break
			}
			if isStop(rune(c)) && !abbreviation(text, i) {
				return "", i, true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += size
	}
	end = wordEnd(text, i)
	return text[i:end], end, false
}

// wordEnd returns where the word starting at i ends: the first byte after
// it that is no letter nor word byte.
func wordEnd(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !wordByte[c] {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return i
}

func isStop(r rune) bool { return r == '.' || r == ';' || r == '!' || r == '?' }

// abbreviation reports whether the full stop at i is inside the sentence,
// not its end: a letter in lower case comes next, after blanks or not
// ("at 10 a.m. on Friday"), or an aside in parentheses ("at 10 a.m.
// (0900 GMT)"), and no sentence starts with either; or it is a decimal
// point ("lost $1.8 million in the third quarter"); or it closes "a.m."
// or "p.m." and the day or the zone of that hour follows ("at 10 a.m.
// Tuesday", "at 8 p.m. EDT"), as wire copy writes them: the hour and its
// day are one clause, whose verb dates both alike; or it is the first
// stop of "a.m." ("at 10 A.M. on Friday").
func abbreviation(text string, i int) bool {
	if text[i] != '.' {
		return false
	}
	if i > 0 && i+1 < len(text) && '0' <= text[i-1] && text[i-1] <= '9' && '0' <= text[i+1] && text[i+1] <= '9' {
		return true
	}
	if i+2 < len(text) && text[i+2] == '.' && meridiem(text, i+2) {
		return true // the first stop of "a.m.", "P.M."
	}
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLower(r) || r == '(' || meridiem(text, i) && dayOrZone(text[j:wordEnd(text, j)])
}

// meridiem reports whether the full stop at i closes "a.m." or "p.m."
// (in either case), standing as a word of its own.
func meridiem(text string, i int) bool {
	if i < 3 || text[i-2] != '.' {
		return false
	}
	ap, m := text[i-3]|0x20, text[i-1]|0x20
	return (ap == 'a' || ap == 'p') && m == 'm' && (i == 3 || !wordByte[text[i-4]])
}

// dayOrZone reports whether w, the word after "a.m."/"p.m.", is a
// weekday in English ("Tuesday") or a time zone in capitals ("EDT",
// "GMT", "ET"): the day or the zone of the hour, not a new sentence.
func dayOrZone(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	if len(w) < 2 || len(w) > 4 || w[len(w)-1] != 'T' {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}

// wordByte is isWordRune for ASCII: the tense reading walks ten words each
// side of every phrase, a byte at a time.
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = isWordRune(c)
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '-'
	}
	return unicode.IsLetter(r)
}

// movedTo reports whether the phrase at span is what a date is moved or
// fixed to: "reportée au 3 février", "reportée à mardi", "postponed to
// Feb. 3", "scheduled for Jan. 5", "prévu le 5 janvier", "programmée pour
// vendredi", "décrété à partir de samedi" (the languages'
// lang.TenseCues.MovedFirst and MovedBefore). Only then is a scheduling
// word a cue of its own; "the flight was delayed on Monday", "le match a
// été reporté dimanche" say when it happened, and read as any other
// clause.
func movedTo(ts *lang.Tenses, text string, span Span) bool {
	if ts.MovedFirst(Lower(firstWordOf(text[span.Start:span.End]))) {
		return true
	}
	w, at, _ := prevWord(text, span.Start)
	for _, before := range ts.MovedBefore(Lower(w)) {
		k, at := len(before)-1, at
		for ; k >= 0; k-- {
			var p string
			p, at, _ = prevWord(text, at)
			if Lower(p) != before[k] {
				break
			}
		}
		if k < 0 {
			return true
		}
	}
	return false
}

// lazyMoved is movedTo for one phrase, read the first time a scheduling
// word asks: most windows hold none.
type lazyMoved struct {
	ts         *lang.Tenses
	text       string
	span       Span
	read, what bool
}

func (m *lazyMoved) is() bool {
	if m == nil {
		return false
	}
	if !m.read {
		m.read, m.what = true, movedTo(m.ts, m.text, m.span)
	}
	return m.what
}

// firstWordOf is the first word of a phrase.
func firstWordOf(phrase string) string {
	w, _, _ := nextWord(phrase, 0)
	return w
}

// cue returns the direction word w (lw in lower case) gives, next being
// the word after it, with the cues of lang ("" for both languages); moved
// says whether the phrase is what a date is moved to (see movedTo); nil:
// it is not.
func cue(ts *lang.Tenses, on uint32, w, lw, next string, moved *lazyMoved) expr.Direction {
	if w == "" {
		return expr.DirAuto
	}
	r, _ := utf8.DecodeRuneInString(w)
	if ts.Schedule(lw) && moved.is() {
		return expr.DirNearest
	}
	n := ts.Len()
	for i := range n {
		if on&(1<<i) == 0 || !ts.Past(i, lw) {
			continue
		}
		c, ln := ts.Cues(i), Lower(next)
		if c.Aux[lw] && ts.FutureOrSchedule(i, ln) {
			return expr.DirFuture // "est prévue jeudi"
		}
		if c.PresentLocutions[ln] {
			return expr.DirAuto // "a lieu", "ont besoin": avoir in the present
		}
		if c.Aux[lw] && ln != "" && c.Participle != nil && !c.Participle(ln) {
			return expr.DirAuto // "est visible", "est en cours": être in the present
		}
		return expr.DirPast
	}
	for i := range n {
		if on&(1<<i) != 0 && ts.Future(i, lw) {
			return expr.DirFuture
		}
	}
	if unicode.IsUpper(r) || ts.NotFuture(lw) || utf8.RuneCountInString(lw) < 4 {
		return expr.DirAuto
	}
	for i := range n {
		if c := ts.Cues(i); on&(1<<i) != 0 && c.Endings != nil {
			if d := c.Endings(lw); d != expr.DirAuto {
				return d
			}
		}
	}
	return expr.DirAuto
}
