package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"frise/timeline/expr"
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
// nearest verb, which is right more often than not. lang ("fr", "en")
// keeps the cues of that language: English "a" is no auxiliary, "era" no
// future; "" reads both.
func TenseOf(lang, text string, span Span) expr.Direction {
	lang = strings.ToLower(lang)
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i] // "en-GB": English
	}
	const window = 10 // words each side, within the sentence
	best, bestDist := expr.DirAuto, window+1
	forDate := false                            // the phrase follows "pour"
	moved := &lazyMoved{text: text, span: span} // read only at a scheduling word
	// Left of the phrase, nearest word first; each word is lowered once.
	i := span.Start
	nextW, _, _ := nextWord(text, i) // then, the word read the step before
	for n := 1; n <= window; n++ {
		w, start, stop := prevWord(text, i)
		if w == "" || stop {
			break
		}
		lw := Lower(w)
		if lang != "en" && lw == "ici" && (n == 1 || n == 2 && (nextW == "à" || nextW == "a")) && elidedD(text, start) {
			return expr.DirFuture // "d'ici vendredi", "d'ici à la fin du mois": a time still to come, whatever the verb
		}
		if lang == "en" && n > 1 && (lw == "and" || lw == "but") {
			// "opened on July 23 and close on Aug. 8": the verb before
			// "and" is the other clause's.
			break
		}
		if lang != "en" && n == 1 && lw == "pour" {
			// "les syndicats avaient appelé à la grève pour le 20 janvier":
			// a verb in the past says when the call was, not the date it
			// was for; one that looks ahead ("se mobiliseront pour
			// jeudi") still says it.
			forDate = true
		}
		if infinitiveClause(text, lw, start) {
			// "avant de quitter ses fonctions le 30 octobre": the main verb
			// says nothing of when the infinitive's event happens.
			return expr.DirAuto
		}
		d := cue(lang, w, lw, nextW, moved)
		if d == expr.DirPast && adjectival(lang, text, lw, start) {
			d = expr.DirAuto // "will remain closed until April 3": the tense is the auxiliary's
		}
		if d == expr.DirPast && (lw == "été" || lw == "eu") {
			// "aura été", "sera eu": the auxiliary's tense is the clause's.
			if p, _, _ := prevWord(text, start); cue(lang, p, Lower(p), w, nil) == expr.DirFuture {
				d = expr.DirFuture
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
	opens := opensClause(text, span.Start)
	j := span.End
	w, end, stop := nextWord(text, j)
	for n := 1; n <= window && n < bestDist; n++ {
		if !opens && commaAt(text, j) {
			break
		}
		if w == "" || stop {
			break
		}
		lw := Lower(w)
		nextW, nextEnd, nextStop := nextWord(text, end)
		d := cue(lang, w, lw, nextW, moved)
		if d == expr.DirPast && adjectival(lang, text, lw, end-len(w)) {
			d = expr.DirAuto
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

// adjectival reports whether lw, an English past form (lower case)
// starting at start, follows a copula ("remain closed", "will be closed",
// "is expected", "will be held"): a participle that says nothing of the
// tense, which its auxiliary says.
func adjectival(lang, text, lw string, start int) bool {
	if lang == "fr" {
		return false
	}
	p, _, _ := prevWord(text, start)
	lp := Lower(p)
	if lp == "been" && kindOf(lw)&pastEN != 0 {
		return false // "has been held": the perfect's past, as "held" alone says
	}
	switch lp {
	case "be", "been", "being", "is", "are", "am", "remain", "remains", "stay", "stays", "become", "becomes", "get", "gets", "seem", "seems":
		return true
	}
	return false
}

// opensClause reports whether a phrase starting at i opens its clause:
// nothing but a few small words ("Au", "Dès le", "And on") stand between
// it and the start of the sentence or clause.
func opensClause(text string, i int) bool {
	for n := 0; n < 4; n++ {
		w, start, stop := prevWord(text, i)
		if w == "" || stop {
			return true
		}
		if !leadWord(Lower(w)) {
			return false
		}
		i = start
	}
	return false
}

// leadWord reports whether w may stand before a phrase that opens its
// clause (a switch: it is read before every phrase).
func leadWord(w string) bool {
	switch w {
	case "au", "aux", "à", "a", "en", "le", "la", "les", "l",
		"dès", "depuis", "dans", "du", "de", "d", "vers", "et",
		"mais", "puis", "or", "in", "on", "at", "by", "since",
		"the", "during", "from", "and", "but", "then",
		"jusqu", "partir", "avant", "après", "until", "till", "starting",
		"before", "after", "earlier", "later", "early", "late", "tôt", "tard": // "Earlier Tuesday, the minister resigned"
		return true
	}
	return false
}

// elidedD reports whether "d'" (or "d’") stands right before i.
func elidedD(text string, i int) bool {
	switch {
	case i >= 2 && text[i-1] == '\'':
		i--
	case strings.HasSuffix(text[:i], "’"):
		i -= len("’")
	default:
		return false
	}
	if i < 1 || text[i-1]|0x20 != 'd' {
		return false
	}
	if i == 1 {
		return true
	}
	if c := text[i-2]; c < utf8.RuneSelf {
		return !wordByte[c]
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i-1]) // "«d'ici», not "éd'ici"
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// infinitiveClause reports whether lw, a word in lower case starting at
// start, is an infinitive introduced by "de", "pour", "afin de" or "sans":
// the phrase after it belongs to that clause.
func infinitiveClause(text, lw string, start int) bool {
	if !(strings.HasSuffix(lw, "er") || strings.HasSuffix(lw, "ir") || strings.HasSuffix(lw, "re")) || utf8.RuneCountInString(lw) < 4 {
		return false
	}
	p, pstart, _ := prevWord(text, start)
	switch Lower(p) {
	case "s", "se", "les", "le", "la", "l", "y", "en", "lui", "leur":
		// a pronoun between: "de s'étendre", "pour le faire"
		p, _, _ = prevWord(text, pstart)
	}
	switch Lower(p) {
	case "de", "d", "pour", "sans":
		return true
	}
	return false
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
	start := i
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
	return text[start:i], i, false
}

func isStop(r rune) bool { return r == '.' || r == ';' || r == '!' || r == '?' }

// abbreviation reports whether the full stop at i is inside the sentence,
// not its end: a letter in lower case comes next, after blanks or not
// ("at 10 a.m. on Friday"), or an aside in parentheses ("at 10 a.m.
// (0900 GMT)"), and no sentence starts with either.
func abbreviation(text string, i int) bool {
	if text[i] != '.' {
		return false
	}
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLower(r) || r == '('
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

var pastWords = map[string]bool{
	"a": true, "ont": true, "avait": true, "avaient": true, "ai": true, "avons": true, "avez": true,
	"eu": true, "est": true, "sont": true, "était": true, "étaient": true, "fut": true, "furent": true,
	"été": true, "vient": true, "viennent": true, "venait": true,
}

var pastWordsEN = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "told": true, "took": true,
	"came": true, "went": true, "made": true, "began": true, "broke": true, "saw": true, "met": true,
	"held": true, "left": true, "fell": true, "got": true, "gave": true, "ago": true,
	// Irregular pasts that are no other form (not "set", "hit", "cut", "put").
	"found": true, "won": true, "lost": true, "sent": true, "led": true, "rose": true, "ran": true,
	"struck": true, "spoke": true, "wrote": true, "brought": true, "bought": true, "caught": true,
	"fought": true, "thought": true, "felt": true, "kept": true, "paid": true, "sold": true,
	"stood": true, "became": true, "grew": true, "knew": true, "drew": true, "threw": true,
	"flew": true, "shot": true, "chose": true, "drove": true, "stole": true, "swore": true,
	"arose": true, "woke": true, "froze": true, "forgot": true, "hid": true, "sat": true,
	"fled": true, "sought": true, "taught": true, "meant": true, "spent": true, "built": true,
	"dealt": true, "heard": true,
}

var futureWords = map[string]bool{
	"va": true, "vont": true, "aura": true, "auront": true, "sera": true, "seront": true,
	"doit": true, "doivent": true, "devra": true, "devront": true, "prochain": true, "prochaine": true,
}

var futureWordsEN = map[string]bool{
	"will": true, "would": true, "shall": true, "going": true, "due": true,
	"expected": true, "plans": true,
}

// scheduleWords move or fix the date of what they speak of ("reportée au
// 3 février", "prévu le 10 mars", "postponed to March 3"): the verb's tense
// is the announcement's, not the date's, which is the nearest such date
// (for a weekday, the next one).
var scheduleWords = map[string]bool{
	"reporté": true, "reportée": true, "reportés": true, "reportées": true,
	"repoussé": true, "repoussée": true, "repoussés": true, "repoussées": true,
	"décalé": true, "décalée": true, "décalés": true, "décalées": true,
	"ajourné": true, "ajournée": true, "ajournés": true, "ajournées": true,
	"différé": true, "différée": true, "différés": true, "différées": true,
	"prolongé": true, "prolongée": true, "prolongés": true, "prolongées": true,
	"prorogé": true, "prorogée": true, "prorogés": true, "prorogées": true,
	"fixé": true, "fixée": true, "fixés": true, "fixées": true,
	"programmé": true, "programmée": true, "programmés": true, "programmées": true,
	"prévu": true, "prévue": true, "prévus": true, "prévues": true,
	"postponed": true, "rescheduled": true, "deferred": true, "adjourned": true, "delayed": true,
	"extended": true, "scheduled": true, "planned": true,
	// A decision's tense is its announcement's, not that of the measure it
	// starts ("a annoncé un confinement à partir de samedi").
	"annoncé": true, "annoncée": true, "annoncés": true, "annoncées": true,
	"décidé": true, "décidée": true, "décidés": true, "décidées": true,
	"décrété": true, "décrétée": true, "décrétés": true, "décrétées": true,
	"ordonné": true, "ordonnée": true, "ordonnés": true, "ordonnées": true,
	"imposé": true, "imposée": true, "imposés": true, "imposées": true,
	"announced": true, "decided": true, "ordered": true, "imposed": true,
}

// notFuture lists words that end like a future but are not verbs.
var notFuture = map[string]bool{
	"vrai": true, "minerai": true, "environs": true, "patrons": true, "citrons": true, "caméra": true,
	"opéra": true, "contra": true, "extra": true, "ultra": true,
	"hiérarchie": true, "marrons": true, "quadra": true, "tiara": true, "mantra": true,
}

// movedTo reports whether the phrase at span is what a date is moved or
// fixed to: "reportée au 3 février", "reportée à mardi", "postponed to
// Feb. 3", "scheduled for Jan. 5", "prévu le 5 janvier", "programmée pour
// vendredi", "décrété à partir de samedi". Only then is a scheduling word
// a cue of its own; "the flight
// was delayed on Monday", "le match a été reporté dimanche" say when it
// happened, and read as any other clause.
func movedTo(text string, span Span) bool {
	switch Lower(firstWordOf(text[span.Start:span.End])) {
	case "à", "a", "au", "aux", "le", "pour", "to", "for", "until", "till":
		return true
	}
	w, at, _ := prevWord(text, span.Start)
	switch Lower(w) {
	case "à", "au", "aux", "le", "pour", "to", "for", "until", "till", "jusqu", "starting", "dès":
		return true
	case "de", "d":
		w2, _, _ := prevWord(text, at)
		return Lower(w2) == "partir" // "à partir de samedi"
	}
	return false
}

// lazyMoved is movedTo for one phrase, read the first time a scheduling
// word asks: most windows hold none.
type lazyMoved struct {
	text       string
	span       Span
	read, what bool
}

func (m *lazyMoved) is() bool {
	if m == nil {
		return false
	}
	if !m.read {
		m.read, m.what = true, movedTo(m.text, m.span)
	}
	return m.what
}

// firstWordOf is the first word of a phrase.
func firstWordOf(phrase string) string {
	w, _, _ := nextWord(phrase, 0)
	return w
}

// cueKind says which of the lists above a word is on.
type cueKind uint8

const (
	pastFR cueKind = 1 << iota
	pastEN
	futureFR
	futureEN
	notFutureWord
	presentLocution
	schedule
)

// cueWords indexes the lists by word.
var cueWords = func() map[string]cueKind {
	idx := map[string]cueKind{}
	for kind, list := range map[cueKind]map[string]bool{pastFR: pastWords, pastEN: pastWordsEN, futureFR: futureWords,
		futureEN: futureWordsEN, notFutureWord: notFuture, presentLocution: presentLocutions, schedule: scheduleWords} {
		for w := range list {
			idx[w] |= kind
		}
	}
	return idx
}()

// kindOf is the lists lw, a word in lower case, is on. Every word of the
// windows is looked up, and few are on any list: a word whose length and
// ends no listed word has is told apart without a look in the index.
func kindOf(lw string) cueKind {
	if !cueSieve.has(lw) {
		return 0
	}
	return cueWords[lw]
}

// sieve is a set of words' lengths and first and last bytes, in bits: a
// word not in it is in none of the lists.
type sieve [1 << 13 / 64]uint64

func sieveKey(w string) uint32 {
	if w == "" {
		return 0
	}
	return (uint32(len(w))*0x9E3779B1 ^ uint32(w[0])<<8 ^ uint32(w[len(w)-1])) % (1 << 13)
}

func (s *sieve) add(w string)      { k := sieveKey(w); s[k/64] |= 1 << (k % 64) }
func (s *sieve) has(w string) bool { k := sieveKey(w); return s[k/64]&(1<<(k%64)) != 0 }

var cueSieve = func() *sieve {
	s := &sieve{}
	for w := range cueWords {
		s.add(w)
	}
	return s
}()

// cue returns the direction word w (lw in lower case) gives, next being
// the word after it, with the cues of lang ("" for both languages); moved
// says whether the phrase is what a date is moved to (see movedTo); nil:
// it is not.
func cue(lang, w, lw, next string, moved *lazyMoved) expr.Direction {
	if w == "" {
		return expr.DirAuto
	}
	r, _ := utf8.DecodeRuneInString(w)
	fr, en := lang != "en", lang != "fr"
	kind := kindOf(lw)
	if kind&schedule != 0 && moved.is() {
		return expr.DirNearest
	}
	if fr && kind&pastFR != 0 {
		ln := Lower(next)
		if (lw == "est" || lw == "sont") && kindOf(ln)&(futureFR|schedule) != 0 {
			return expr.DirFuture // "est prévue jeudi"
		}
		if kindOf(ln)&presentLocution != 0 {
			return expr.DirAuto // "a lieu", "ont besoin": avoir in the present
		}
		if (lw == "est" || lw == "sont") && ln != "" && !participle(ln) {
			return expr.DirAuto // "est visible", "est en cours": être in the present
		}
		return expr.DirPast
	}
	if en && kind&pastEN != 0 {
		return expr.DirPast
	}
	if fr && kind&futureFR != 0 || en && kind&futureEN != 0 {
		return expr.DirFuture
	}
	switch lw[len(lw)-1] {
	case 't', 's', 'z', 'a', 'i', 'd':
	default:
		return expr.DirAuto // no ending below: most words, read without a look at them
	}
	if unicode.IsUpper(r) || kind&notFutureWord != 0 || utf8.RuneCountInString(lw) < 4 {
		return expr.DirAuto
	}
	switch {
	case fr && (strings.HasSuffix(lw, "rait") || strings.HasSuffix(lw, "raient")):
		return expr.DirFuture // conditional
	case fr && (strings.HasSuffix(lw, "ait") || strings.HasSuffix(lw, "aient") ||
		strings.HasSuffix(lw, "èrent") || strings.HasSuffix(lw, "irent")):
		if lw == "fait" || lw == "souhait" || lw == "trait" || lw == "lait" {
			return expr.DirAuto
		}
		return expr.DirPast
	case fr && (strings.HasSuffix(lw, "ront") || strings.HasSuffix(lw, "rons") || strings.HasSuffix(lw, "rez") ||
		strings.HasSuffix(lw, "ra") || strings.HasSuffix(lw, "ras") || strings.HasSuffix(lw, "rai")):
		return expr.DirFuture
	case en && strings.HasSuffix(lw, "ed") && len(lw) > 4 && isASCII(lw):
		return expr.DirPast
	}
	return expr.DirAuto
}

// participle reports whether w may be a past participle after "est" or
// "sont" ("est arrivé", "sont venus", "est mort", "est mis"), or an adverb
// that may stand before one ("est déjà parti").
func participle(w string) bool {
	if auxAdverbs[w] {
		return true
	}
	for _, end := range []string{"é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "t", "te", "ts", "tes"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

var auxAdverbs = map[string]bool{"déjà": true, "aussi": true, "désormais": true, "toujours": true, "encore": true,
	"bien": true, "alors": true, "ensuite": true, "notamment": true, "même": true, "enfin": true, "finalement": true,
	"également": true, "ainsi": true, "surtout": true, "jamais": true, "pas": true, "plus": true, "aussitôt": true,
	"rapidement": true, "immédiatement": true, "vite": true, "tous": true, "toutes": true, "tout": true}

// presentLocutions follow "a", "ont" in phrases that are present tense:
// "le festival a lieu", "ils ont besoin".
var presentLocutions = map[string]bool{"lieu": true, "besoin": true, "peur": true, "raison": true, "tort": true, "envie": true}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
