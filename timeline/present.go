package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"frise/timeline/expr"
	"frise/timeline/lang"
)

// toCome reports whether the clause around span, which TenseOf found no
// tense in, tells of something still to come without a future verb, as
// press copy often does: a verb in the present ("les deux équipes se
// retrouvent samedi", "le sommet s'ouvre lundi", "the offer opens
// Thursday"), a modal or a subjunctive ("il faut que le dossier soit
// bouclé vendredi", "doivent"), a headline in capitals ("LA VILLE
// CÉLÈBRE SES HÉROS SAMEDI"), a programme ("au programme : concert
// samedi", "Concert mardi soir à l'église"). A bare weekday in such a
// clause is the next one. Past participles without their auxiliary
// ("réélu dimanche") are no present, so the past stays the default where
// nothing says otherwise.
func toCome(l *lang.Language, text string, span Span) bool {
	words, left, caps := clauseWords(text, span, 12)
	if caps {
		return true
	}
	return l.ToCome != nil && l.ToCome(words, left)
}

// scheduled reports whether the clause around span, which TenseOf found
// no tense in, tells of an event on a schedule in the present ("le
// festival a lieu en juin", "the fair is held in March"): narrower than
// toCome, since a month told in the present is as often the figure of a
// past month ("les prix augmentent de 3 % en juin").
func scheduled(l *lang.Language, text string, span Span) bool {
	if l.Scheduled == nil {
		return false
	}
	words, left, _ := clauseWords(text, span, 12)
	return l.Scheduled(words, left)
}

// undatedYear reports whether e is a month, a season or a date of the
// month the text gives no year to and counts from nothing ("en juin", "au
// printemps", "le 12 juin", "à partir du 15 mars": an open start, whose
// side the schedule says; not "depuis juin"), whose year the direction picks; or a range
// that starts so ("du 3 au 12 juin", "from June to August"): its end
// follows its start.
func undatedYear(e expr.Expr) bool {
	if e.Range != nil {
		return undatedYear(e.Range[0])
	}
	return e.Type == expr.Date && e.Year == 0 && e.Shift.Unit == expr.NoUnit && e.Then.Unit == expr.NoUnit &&
		e.Anchor != expr.AnchorPrev && !e.Weekday.IsSet() && e.Holiday == "" && (e.Open == 0 || e.Open == 2) && (e.Month > 0 || e.Season > 0)
}

// clauseWords returns, lowered, up to n words each side of span within its
// sentence, the words of span left out, how many of them stand left of
// it, and whether that stretch is
// written in capitals (a headline: at least eight letters, none lower
// case). It reads no further than those words, so that a sentence of
// thousands of phrases costs each of them a bounded walk, not the whole
// sentence (TestPathologicalText).
func clauseWords(text string, span Span, n int) ([]string, int, bool) {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || r == '-' }
	isStop := func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '\n' }
	// Walk left over at most n words, stopping at the sentence's end.
	start, count, inWord := span.Start, 0, false
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if isStop(r) && !abbreviation(text, start-size) {
			break
		}
		if w := isWord(r); w != inWord {
			if !w {
				count++ // a word ended (read leftwards)
				if count == n {
					break
				}
			}
			inWord = w
		}
		start -= size
	}
	end, count, inWord := span.End, 0, false
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if isStop(r) && !abbreviation(text, end) {
			break
		}
		if w := isWord(r); w != inWord {
			if !w {
				count++
				if count == n {
					break
				}
			}
			inWord = w
		}
		end += size
	}
	split := func(s string) []string { return strings.FieldsFunc(s, func(r rune) bool { return !isWord(r) }) }
	left, right := split(text[start:span.Start]), split(text[span.End:end])
	letters, lower := 0, false
	for _, r := range text[start:end] {
		if unicode.IsLetter(r) {
			letters++
			lower = lower || unicode.IsLower(r)
		}
	}
	if len(left) > n {
		left = left[len(left)-n:]
	}
	if len(right) > n {
		right = right[:n]
	}
	words := make([]string, 0, len(left)+len(right))
	for _, w := range append(left, right...) {
		words = append(words, Lower(w))
	}
	return words, len(left), letters >= 8 && !lower
}

// openingToday turns the article's day, named first in its sentence and
// set off by a comma ("Aujourd'hui, la ville a changé d'ambiance",
// "Today, more women than ever run businesses"), into these times
// (PRESENT_REF), as TimeML writes it: framing a sentence so, the word
// sets the present against the past more often than it dates a clause.
// A clause in the future ("Aujourd'hui, le ministre se rendra à Metz")
// keeps the day. The phrase still has the article's time as its place.
func openingToday(a *Article, l *lang.Language, ms []Mention) {
	for i := range ms {
		e := &ms[i].Expr
		if e.Type != expr.Date || e.Anchor != expr.AnchorDoc || e.Shift != (expr.Shift{Unit: expr.Day}) || e.Then != (expr.Shift{}) ||
			e.Weekday.IsSet() || e.Hour.IsSet() || e.Part != expr.NoPart || e.Year != 0 || e.Month != 0 || e.Day != 0 ||
			e.Timex != "" || e.Range != nil || e.Open != 0 {
			continue
		}
		sp := ms[i].Span
		if strings.ContainsFunc(ms[i].Text, unicode.IsSpace) {
			continue // "aujourd'hui vendredi", "today afternoon": the day
		}
		if !strings.HasPrefix(a.Text[sp.End:], ",") || !opensSentence(a.Text, sp.Start) || TenseOf(l.Tenses, a.Lang, a.Text, sp) == expr.DirFuture {
			continue
		}
		if l.Contrast != nil {
			clause, _, _ := clauseWords(a.Text, sp, 15)
			if !l.Contrast(wordsBefore(a.Text, sp.Start, 30), clause) {
				continue // "Aujourd'hui, les secours poursuivent leurs recherches": the day's news
			}
		}
		e.Type, e.Timex = expr.Time, "PRESENT_REF"
	}
}

// wordsBefore returns, lowered, up to n words before off, across the
// sentences before it but not past a blank line (its paragraph).
func wordsBefore(text string, off, n int) []string {
	start, count, inWord := off, 0, false
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if r == '\n' && strings.HasSuffix(strings.TrimRight(text[:start-size], " \t"), "\n") {
			break // a blank line
		}
		if w := unicode.IsLetter(r) || r == '-'; w != inWord {
			if !w {
				if count++; count > n {
					break
				}
			}
			inWord = w
		}
		start -= size
	}
	ws := strings.FieldsFunc(text[start:off], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i, w := range ws {
		ws[i] = Lower(w)
	}
	if len(ws) > n {
		ws = ws[len(ws)-n:]
	}
	return ws
}

// opensSentence reports whether only spaces and opening quotes stand
// between off and the start of its sentence (or of the text).
func opensSentence(text string, off int) bool {
	for off > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:off])
		switch {
		case r == '.' || r == '!' || r == '?' || r == '\n' || r == ':':
			return true
		case unicode.IsSpace(r) || r == '«' || r == '"' || r == '“' || r == '(' || r == '—' || r == '-':
			off -= size
		default:
			return false
		}
	}
	return true
}
