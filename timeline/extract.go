package timeline

import (
	"slices"
	"strings"
	"unicode/utf8"

	"frise/timeline/expr"
	"frise/timeline/lang"
)

// Extract is ExtractIn with no language's tables: every sentence with no
// phrase of its own is dated by its article.
func Extract(a *Article, ms []Mention, ref Value) []Event { return ExtractIn(a, ms, ref, nil) }

// ExtractIn turns an article's resolved mentions into events, each dated
// for a stated reason (see [Dating]), with the cues of the article's
// language l (nil: none).
//
// A clause is dated by its own phrase (DatedOwn) when one that has a place
// in time (DATE, TIME; never a SET) modifies its event: not one a language
// detaches (a comparison, a deadline, a noun's date; see lang.Language). A
// DURATION dates one only as far as the text places it: the stretch it
// covers when anchored ("au cours des trois derniers mois"); with no
// number, in a sentence nothing else dates, where it lies from the story's
// day (see sideOfStory: "il y a quelques jours" before it, "ces derniers
// mois" up to it). Phrases a few words apart with no clause break between
// them ("mardi vers 21 h 45") date one clause together, by the finer of
// them. A clause that reports what its phrase dates ("Jobs said that the
// company sold 13 million Macs last year") is two events: the report, on
// the article's day, and what it reports.
//
// A sentence with no such phrase is, in this order (see datingOf):
// carried from the sentence before when it goes on with its episode (a
// continuer opens it, or both tell a completed past event and neither
// reports); undated when it only looks ahead; else the report itself, on
// the article's reference day (DatedArticle); undated when that day is not
// known. Nothing is dated that the article does not date.
func ExtractIn(a *Article, ms []Mention, ref Value, l *lang.Language) []Event {
	if l == nil {
		l = neutral
	}
	sp := splitOf(l)
	ws := readWords(a.Text, l)
	// About an event a phrase: room for them at once, rather than
	// growing the events (some 250 bytes each) from one.
	evs := make([]Event, 0, len(ms)+2)
	var inBuf []Mention // each sentence's phrases, in the memory of the one before
	var prev *episode   // the sentence before, when a phrase dated it or it was carried
	var news *episode   // the first recent episode told in the past: the article's news
	k := 0
	quoted := quotations(a.Text)
	// noPhrase dates the clause c of sentence sent, which no phrase
	// dates, by its cues c (see datingOf).
	noPhrase := func(sent, clause Span, c cues, contrast bool) Event {
		d, from := datingOf(c, prev, news)
		if contrast && d == DatedCarried && !c.continues {
			// "Crime rose 12 percent compared with 2022": a figure set
			// against another time is the report's, no step of the story.
			d = DatedArticle
		}
		switch {
		case d == DatedCarried:
			ev := event(a, from.value, sent, clause, Mention{}, DatedCarried)
			ev.Sources[0].CarriedFrom = from.sent
			ev.Sources[0].Carried = a.Text[from.sent.Start:from.sent.End]
			prev = &episode{value: from.value, sent: from.sent, narrates: c.narrates(), recent: from.recent}
			return ev
		case d == DatedArticle && ref.Placed():
			prev = nil
			return event(a, ref, sent, clause, Mention{}, DatedArticle)
		}
		prev = nil
		return event(a, Value{}, sent, clause, Mention{}, Undated)
	}
	for _, sent := range sentences(a.Text, sp, quoted) {
		in := inBuf[:0]
		var vague, then []Mention
		var thenClauses []Span
		contrast := false // a phrase was detached
		for ; k < len(ms) && ms[k].Span.Start < sent.End; k++ {
			m := ms[k]
			if m.Span.Start < sent.Start || m.Part {
				continue
			}
			if detached(ws, m.Span, quoted) {
				contrast = true
				if c := whenClause(a.Text, sent, m.Span, l); c.Len() > 0 && m.Value.Placed() {
					then, thenClauses = append(then, m), append(thenClauses, c)
				}
				continue
			}
			switch {
			case m.Value.Placed():
				in = append(in, m)
			case ref.Placed() && m.Value.Timex == "PAST_REF" && m.Expr.Anchor == expr.AnchorDoc:
				// "a few years ago": some time before the story's day
				// (TimeML's PAST_REF), which day the text does not give.
				m.Value = ref
				m.Value.Open, m.Value.Reason, m.Value.Certainty = -3, sideReason(m, -3), Inferred
				vague = append(vague, m)
			case m.Value.Type != expr.Duration:
			case m.Value.Bounded():
				m.Value = stretch(m.Value) // "au cours des trois derniers mois"
				in = append(in, m)
			case ref.Placed() && strings.Contains(m.Value.Timex, "X"):
				if open := sideOfStory(a, m, l); open != 0 {
					m.Value = ref // "il y a quelques jours": before the story's day
					m.Value.Open, m.Value.Reason = open, sideReason(m, open)
					if m.Value.Certainty == Exact {
						m.Value.Certainty = Inferred
					}
					vague = append(vague, m)
				}
			}
		}
		inBuf = in
		if len(in) == 0 && len(vague) > 0 {
			// Only for a sentence nothing else dates: "en 2019, … depuis
			// quelques années" is in 2019.
			in = vague[:1]
		}
		var asides []Span
		if len(in) == 0 && len(then) > 0 {
			// "une hausse par rapport à celle du 26 septembre, lorsque 59 %
			// craignaient un attentat": the time compared with dates what
			// the clause after it tells then, an aside of its own.
			in, asides = then, thenClauses
		}
		// unplaced dates sentence sent, asides aside (in text order; their
		// phrases date them), which no phrase dates: the parts the text
		// places nowhere are events of their own, undated (see
		// undatedParts); the rest is dated by its own cues, a part at its
		// end cut off its clause.
		unplaced := func(asides []Span) {
			skip := slices.Clone(quoted)
			skip = append(skip, asides...)
			slices.SortFunc(skip, func(x, y Span) int { return x.Start - y.Start })
			var parts []Span
			for _, p := range undatedParts(ws, sent, skip) {
				for _, as := range asides {
					if p.Start < as.Start && as.Start < p.End {
						p = trimSpan(a.Text, Span{p.Start, as.Start}, " \t,;:")
					}
				}
				if p.Len() > 0 && !overlapsAny(asides, p) {
					parts = append(parts, p)
				}
			}
			if len(parts) == 0 {
				evs = append(evs, noPhrase(sent, sent, ws.readCues(sent, skip), contrast))
				return
			}
			main := sent
			if last := parts[len(parts)-1]; len(parts) == 1 && trimSpan(a.Text, Span{last.End, sent.End}, " \t.!?\"'»”").Len() == 0 {
				main = trimSpan(a.Text, Span{sent.Start, last.Start}, " \t,:")
			} else if first := parts[0]; len(parts) == 1 && trimSpan(a.Text, Span{sent.Start, first.Start}, " \t").Len() == 0 {
				// ""We will act," the governor said": the report after
				// what it reports.
				main = trimSpan(a.Text, Span{first.End, sent.End}, " \t,.")
			}
			skip = append(skip, parts...)
			slices.SortFunc(skip, func(x, y Span) int { return x.Start - y.Start })
			evs = append(evs, noPhrase(sent, main, ws.readCues(sent, skip), contrast))
			for _, p := range parts {
				evs = append(evs, event(a, Value{}, sent, p, Mention{}, Undated))
			}
		}
		if len(in) == 0 {
			unplaced(nil)
			continue
		}
		var groups [][]Mention // runs of in, never appended to
		if asides != nil {
			for i := range in {
				groups = append(groups, in[i:i+1:i+1])
			}
		} else {
			groups = group(a.Text, in)
		}
		marks := make([]Span, len(groups))
		for i, g := range groups {
			marks[i] = Span{g[0].Span.Start, g[len(g)-1].Span.End}
		}
		clauses := Clauses(a.Text, sent, marks, sp)
		var inAside []Span // the asides of a sentence whose other phrases date it
		if asides == nil {
			asides = asidesOf(ws, sent, marks, quoted)
		}
		if asides == nil {
			// "Venu faire ses adieux, avant de quitter ses fonctions le 30
			// octobre, le général l'a rappelé hier matin": the aside is
			// its own event; the other phrases date the sentence.
			if as, cs := someAsides(ws, sent, marks, quoted); as != nil {
				inAside, clauses = as, cs
			}
		}
		if asides != nil {
			// "The mayor, who took office in 2021, has promised more
			// patrols": the relative or participial clause is its own
			// event, dated by its phrase; the sentence around it has none.
			clauses = asides
			if all(asides, func(as Span) bool { return opensSubordinate(a.Text, as, l) }) {
				// "They said that | it was Jobs who made the decision |
				// even though the company had known of it a year ago": the
				// phrase dates the clause of cause or concession alone;
				// the rest is a sentence with no phrase.
				unplaced(asides)
			} else {
				// A relative or participial aside describes a noun of the
				// sentence ("The suit, filed in 2003, claims that…"): the
				// sentence around it is one event, dated by its cues.
				skip := slices.Clone(quoted)
				skip = append(skip, asides...)
				slices.SortFunc(skip, func(x, y Span) int { return x.Start - y.Start })
				evs = append(evs, noPhrase(sent, sent, ws.readCues(sent, skip), contrast))
			}
		}
		for i, g := range groups {
			m := finest(g)
			m.Span, m.Text = marks[i], a.Text[marks[i].Start:marks[i].End]
			head, own, tail := reportSplit(ws, clauses[i], marks[i], quoted)
			if head.Len() > 0 {
				evs = append(evs, reportEvent(a, ref, sent, head))
			}
			if mid := reportAside(ws, own, marks[i], quoted); mid.Len() > 0 {
				// "This switch, he said, would happen next year": the
				// report set off by commas is the article's, the phrase
				// dates what it reports.
				evs = append(evs, reportEvent(a, ref, sent, mid))
			}
			var ahead Span
			if c := reportedAfter(ws, own, marks[i], quoted); c.Len() > 0 && placesNothing(ws.readCues(c, nil)) {
				// "The governor said on Friday that | the base would stay
				// open": the phrase dates the report; what it reports
				// looks ahead, on no day the text gives.
				ahead = c
				own = trimSpan(a.Text, Span{own.Start, c.Start}, " \t,")
			}
			if c := afterwards(ws, own, marks[i], quoted); ahead.Len() == 0 && c.Len() > 0 {
				// "…returned to Apple in 1996 | and soon after reassumed
				// the role": after the phrase's time, on no day given.
				ahead = c
				if trimSpan(a.Text, Span{c.End, own.End}, " \t.!?\"'»”").Len() == 0 {
					own = trimSpan(a.Text, Span{own.Start, c.Start}, " \t,")
				}
			}
			if c := intended(ws, own, marks[i], quoted); ahead.Len() == 0 && c.Len() > 0 {
				// "The board decided on Monday | to close the plant": the
				// phrase dates the choice; what is chosen is on no day
				// the text gives.
				ahead = c
				if trimSpan(a.Text, Span{c.End, own.End}, " \t.!?\"'»”").Len() == 0 {
					own = trimSpan(a.Text, Span{own.Start, c.Start}, " \t,")
				}
			}
			evs = append(evs, event(a, openRange(a, &m, ref), sent, own, m, DatedOwn))
			if ahead.Len() > 0 {
				evs = append(evs, event(a, Value{}, sent, ahead, Mention{}, Undated))
			}
			if tail.Len() > 0 {
				evs = append(evs, reportEvent(a, ref, sent, tail))
			}
		}
		if asides != nil {
			continue // an aside's time is background, not the story's episode
		}
		// The episode the sentence tells: its last own date told in the
		// past goes on in the next sentence; its first, when recent, is
		// the article's news if none came before.
		prev = nil
		for j := len(evs) - 1; j >= 0 && evs[j].Sources[0].SentenceSpan == sent; j-- {
			e := &evs[j]
			if e.DatedBy != DatedOwn || slices.Contains(inAside, e.Sources[0].ClauseSpan) {
				continue // an aside's time is background, not the story's episode
			}
			if ref.Placed() && (!e.Value.From.Before(ref.To) || e.Value.To.After(ref.To)) {
				// A date ahead, or a range running past the article's day
				// ("free until September 30"), is no episode told in the past.
				continue
			}
			// Its clause's words read last: the tests above are cheaper.
			if c := ws.readCues(e.Sources[0].ClauseSpan, quoted); !c.narrates() || c.stepsBack {
				continue // a pluperfect steps back from the story: no episode it goes on with
			}
			ep := &episode{value: e.Value, sent: sent, narrates: true, recent: recent(e.Value, ref)}
			if prev == nil {
				prev = ep
			}
			if news == nil || news.sent == sent {
				if ep.recent {
					news = ep
				}
			}
		}
	}
	if len(evs) == 0 {
		return nil // as before the room made at once
	}
	for i := range evs {
		p := &evs[i].Sources[0]
		sent, in := a.Given(p.SentenceSpan)
		clause, _ := a.Given(p.ClauseSpan)
		phrase := p.PhraseSpan
		if phrase.Len() > 0 {
			phrase, _ = a.Given(phrase)
		}
		p.Given = &GivenSpans{Sentence: sent, Clause: clause, Phrase: phrase, InTitle: in}
		if p.DatedBy == DatedCarried {
			p.CarriedFrom, _ = a.Given(p.CarriedFrom)
		}
	}
	return evs
}

// asidesOf returns, when every mark of sentence sent lies in an aside set
// off by commas, brackets or dashes that opens with a relative pronoun or
// a participle (", who took office in 2021,", ", fondé en 2015,", "(né
// en 1955)"), the aside of each mark; nil otherwise.
func asidesOf(ws *words, sent Span, marks []Span, quoted []Span) []Span {
	l := ws.l
	if len(l.Relatives) == 0 && l.Participle == nil && len(l.AsideOpeners) == 0 {
		return nil
	}
	out := make([]Span, len(marks))
	for i, m := range marks {
		out[i] = asideOf(ws, sent, m, i == len(marks)-1, quoted)
		if out[i].Len() == 0 || i > 0 && out[i].Start < out[i-1].End {
			return nil
		}
	}
	return out
}

// asideOf returns the aside set off by commas, brackets or dashes that
// holds the mark m and opens with a relative pronoun, a participle or an
// aside opener; empty when there is none. last tells m is the sentence's
// last mark: only then may an aside run to its end.
func asideOf(ws *words, sent, m Span, last bool, quoted []Span) Span {
	text, l := ws.text, ws.l
	if q := quoteOf(text, sent, m, quoted); q.Len() > 0 {
		return q
	}
	if s := subordinateAt(ws, sent, m, quoted); s >= 0 {
		// "…who made the decision even though the company had known of
		// it a year ago", "Although sales fell in March, the firm hired…".
		end := sent.End
		if k := strings.IndexAny(text[m.End:sent.End], ",)—–;"); k >= 0 {
			end = m.End + k
		}
		if end == sent.End && (!last || s == sent.Start) {
			return Span{}
		}
		return trimSpan(text, Span{s, end}, " \t,.;")
	}
	open := lastBreak(text[sent.Start:m.Start], ",(")
	if open <= 0 {
		return Span{}
	}
	open += sent.Start
	w, _, _ := nextWord(text, open+1)
	lw := Lower(w)
	relative := l.Relatives[lw]
	if !relative && !(l.Participle != nil && l.Participle(lw)) && !opensAside(text[open+1:m.Start], l) {
		return Span{}
	}
	end := sent.End
	if k := strings.IndexAny(text[m.End:sent.End], ",)—–;"); k >= 0 {
		end = m.End + k
	} else if !relative {
		// "Jobs, the chief executive, announced Monday that…": a
		// participle running to the end may be the main verb.
		return Span{}
	}
	if end == sent.End && !last {
		return Span{}
	}
	_, size := utf8.DecodeRuneInString(text[open:])
	return trimSpan(text, Span{open + size, end}, " \t,.;")
}

// lastBreak is strings.LastIndexAny(s, marks+"—–"), marks being ASCII,
// without decoding every rune of s backwards (LastIndexAny's way with
// characters beyond ASCII).
func lastBreak(s, marks string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			if strings.IndexByte(marks, c) >= 0 {
				return i
			}
		case (c == 0x94 || c == 0x93) && i >= 2 && s[i-1] == 0x80 && s[i-2] == 0xE2: // — U+2014, – U+2013
			// Their last byte can end no other rune: the rune there
			// is the dash.
			return i - 2
		}
	}
	return -1
}

// opensSubordinate reports whether the aside s opens with one of the
// language's Subordinators.
func opensSubordinate(text string, s Span, l *lang.Language) bool {
	low := Lower(text[s.Start:min(s.End, s.Start+24)])
	for _, sub := range l.Subordinators {
		if hasWordPrefix(low, sub) || (strings.HasSuffix(sub, "'") || strings.HasSuffix(sub, "’")) && strings.HasPrefix(low, sub) {
			return true
		}
	}
	return false
}

// startsAny reports whether s starts with one of the words ws.
func startsAny(s string, ws []string) bool {
	for _, w := range ws {
		if hasWordPrefix(s, w) {
			return true
		}
	}
	return false
}

func all[T any](xs []T, f func(T) bool) bool {
	for _, x := range xs {
		if !f(x) {
			return false
		}
	}
	return true
}

// subordinateAt returns where a clause of cause or concession opens
// (one of the language's Subordinators) between the mark m and the
// punctuation before it in sentence sent, outside quotations; -1 when
// none does.
func subordinateAt(ws *words, sent, m Span, quoted []Span) int {
	text, l := ws.text, ws.l
	if len(l.Subordinators) == 0 {
		return -1
	}
	from := sent.Start
	if k := lastBreak(text[sent.Start:m.Start], ",;:("); k >= 0 {
		from = sent.Start + k + 1
	}
	if ws.cues.Filters() && !ws.any(Span{from, m.Start}, lang.CueSubordinatorStart) {
		// A subordinator opens with its first word, as a word of its
		// own: with none in the gap, there is none to look for.
		return -1
	}
	gap := text[from:m.Start]
	lower := Lower(gap)
	if len(lower) != len(gap) {
		return -1 // offsets must stay true
	}
	best := -1
	for _, sub := range l.Subordinators {
		for i := 0; ; {
			k := strings.Index(lower[i:], sub)
			if k < 0 {
				break
			}
			at := i + k
			i = at + len(sub)
			if at > 0 && isWordRune(lastRuneOf(lower[:at])) || !strings.HasSuffix(sub, "'") && !strings.HasSuffix(sub, "’") && !hasWordPrefix(lower[at:], sub) {
				continue
			}
			if at > best && !inSpans(quoted, from+at) && !startsAny(lower[at:], l.NotSubordinate) {
				best = at
			}
		}
	}
	if best < 0 {
		return -1
	}
	return from + best
}

// quoteOf returns the part of sentence sent in a quotation that holds
// the mark m, when the sentence also says something outside it ("After
// the case closed, Jobs extended an invitation: "we can now work
// together""): what is quoted is said, an event of its own its phrase
// dates, not the clause that reports it. Empty otherwise.
func quoteOf(text string, sent, m Span, quoted []Span) Span {
	for _, q := range quoted {
		if q.Start > m.Start {
			break
		}
		if m.End > q.End {
			continue
		}
		in := trimSpan(text, Span{max(q.Start, sent.Start), min(q.End, sent.End)}, " \t")
		outside := len(strings.Fields(text[sent.Start:in.Start])) + len(strings.Fields(text[in.End:sent.End]))
		if outside >= 3 {
			return in
		}
		return Span{}
	}
	return Span{}
}

// someAsides returns, for a sentence whose marks are not all in asides,
// the aside of each mark that is in one (empty for the others) and the
// clauses of all: an aside's own, the others' cut among themselves (see
// Clauses). nil when no mark, or every mark, is in an aside.
func someAsides(ws *words, sent Span, marks []Span, quoted []Span) (asides, clauses []Span) {
	text, l := ws.text, ws.l
	if len(marks) < 2 || len(l.Relatives) == 0 && l.Participle == nil && len(l.AsideOpeners) == 0 {
		return nil, nil
	}
	asides = make([]Span, len(marks))
	var rest []Span
	for i, m := range marks {
		asides[i] = asideOf(ws, sent, m, i == len(marks)-1, quoted)
		if asides[i].Len() > 0 && i > 0 && asides[i].Start < marks[i-1].End {
			asides[i] = Span{}
		}
		if asides[i].Len() == 0 {
			rest = append(rest, m)
		}
	}
	if len(rest) == 0 || len(rest) == len(marks) {
		return nil, nil
	}
	cut := Clauses(text, sent, rest, splitOf(l))
	clauses = make([]Span, len(marks))
	j := 0
	for i := range marks {
		if asides[i].Len() > 0 {
			clauses[i] = asides[i]
		} else {
			clauses[i] = cut[j]
			j++
		}
	}
	return asides, clauses
}

// opensAside reports whether s, the text after an aside's comma, opens
// with one of the language's AsideOpeners ("avant de", "after meeting").
func opensAside(s string, l *lang.Language) bool {
	s = strings.TrimLeft(s, " \t\u00a0")
	for _, o := range l.AsideOpeners {
		if low := lowerRunes(s, len(o)+utf8.UTFMax); hasWordPrefix(low, o) || strings.HasSuffix(o, "'") && strings.HasPrefix(low, o) {
			return true
		}
	}
	return false
}

// episode is the sentence a narrative may go on from: its date, and
// whether it tells a completed past event.
type episode struct {
	value    Value
	sent     Span
	narrates bool
	// recent: the episode is the news, a day or less in the week up to
	// the article's day, not background.
	recent bool
}

// newsDays bounds how long before the article's day an episode is still
// the news a run of past sentences goes on telling.
const newsDays = 7

func recent(v, ref Value) bool {
	if !ref.Placed() || !v.Placed() || v.Grain > expr.GrainDay {
		return false
	}
	d := dayDiff(startOfDay(v.From), ref.To)
	return d >= 0 && d <= newsDays+1
}

// cues are what a sentence's words say of how it is dated, quotations
// aside: whether it reports, goes on with the episode before, and the
// tense of its first verb (see Language.Tense).
type cues struct {
	reports, continues bool
	// habit: a word tells a habit or a generic truth ("rarely").
	habit bool
	// trait: two words tell a habit or a lasting trait, whatever the
	// tense ("used to", "was known for", "est connue pour").
	trait bool
	// stepsBack: the first verb is a pluperfect ("had held", "avait
	// eu lieu"), before the episode's time, not on it.
	stepsBack bool
	tense     expr.Direction
}

// narrates reports whether a sentence tells a completed past event (its
// report included: "Jobs said"), not the news of today, a state or a
// prediction.
func (c cues) narrates() bool { return c.tense == expr.DirPast }

// datingOf is how a sentence with no phrase of its own is dated, and the
// episode it carries the date of, after prev, the sentence before it when
// that one was dated by a phrase or carried (nil otherwise), in an
// article whose news is the episode news (nil: none).
//
// The news is the first episode the article tells in the past, a day in
// the week up to its date ("Apple announced Friday that…"): in the
// inverted pyramid of news copy, the past sentences with no phrase that
// follow go on telling it ("Jobs also said…", "He showed videos…"), even
// after a sentence of background.
func datingOf(c cues, prev, news *episode) (Dating, *episode) {
	switch {
	case c.stepsBack && !c.continues && !c.reports:
		return Undated, nil // "He had been convicted before": before the story, on no day it gives
	case c.trait && !c.continues && !c.reports:
		return Undated, nil // "He is known for…", "used to work": a trait, no day
	case prev != nil && c.continues && c.tense != expr.DirFuture:
		return DatedCarried, prev // "Puis la police a chargé", "Then he left"
	case prev != nil && prev.narrates && prev.recent && c.narrates():
		return DatedCarried, prev // a run of past sentences telling the news
	case news != nil && c.narrates():
		return DatedCarried, news // the news, told on after background
	case c.tense == expr.DirFuture && !c.reports:
		return Undated, nil // a prediction with no time: not on the calendar
	case c.habit && !c.reports && c.tense != expr.DirPast:
		return Undated, nil // "Apple Corps has twice sued Apple": a habit, no day
	}
	return DatedArticle, nil
}

// readCues reads the words of sentence sent, outside quotations.
func (ws *words) readCues(sent Span, quoted []Span) cues {
	var c cues
	if ws.l == neutral {
		return c
	}
	c.continues = ws.continues(sent)
	read := func(w word) {
		c.reports = c.reports || w.kind&lang.CueReporting != 0
		c.habit = c.habit || w.kind&lang.CueHabitual != 0
		if ws.habitPair(w, sent.End) {
			c.trait = true
			return // "used to work": no tense of its own
		}
		if c.tense == expr.DirAuto {
			c.tense = ws.tense(w, sent.End)
			c.stepsBack = c.tense == expr.DirPast && w.kind&lang.CuePluperfect != 0
		}
	}
	if sent.Start >= sent.End {
		return c
	}
	if !ws.inRunes(sent) {
		ws.each(sent, quoted, func(w word) bool { read(w); return true })
		return c
	}
	// each's words, walked here: every clause of every sentence is read.
	// Once the tense is read, only the words of a kind say more.
	const told = lang.CueReporting | lang.CueHabitual | lang.CuePairStart
	for k := ws.first(sent.Start); k < len(ws.toks); k++ {
		t := &ws.toks[k]
		if t.start >= sent.End {
			break
		}
		if c.tense != expr.DirAuto && t.kind&told == 0 && t.start >= sent.Start && t.end <= sent.End {
			continue
		}
		w := ws.wordOf(k, sent)
		if len(quoted) > 0 && inSpans(quoted, w.at.Start) {
			continue
		}
		read(w)
	}
	return c
}

// continues reports whether one of the language's Continuers opens
// sentence sent, quotes and dashes aside.
func (ws *words) continues(sent Span) bool {
	l := ws.l
	if len(l.Continuers) == 0 {
		return false
	}
	head := strings.TrimLeft(ws.text[sent.Start:sent.End], " \"'«“-—")
	if ws.cues.Filters() {
		// A continuer opens with its first word: when the sentence's is
		// none's, none opens it.
		at := sent.End - len(head)
		first := false
		ws.each(Span{at, sent.End}, nil, func(w word) bool {
			first = w.at.Start == at && w.kind&lang.CueContinuerStart != 0
			return false
		})
		if !first {
			return false
		}
	}
	// Lower case as far as the longest continuer reads (see lowerRunes).
	n := 0
	for _, k := range l.Continuers {
		n = max(n, len(k))
	}
	low := lowerRunes(head, n+utf8.UTFMax)
	for _, k := range l.Continuers {
		if hasWordPrefix(low, k) {
			return true
		}
	}
	return false
}

// eachWord calls f with every word of span s outside quotations, in
// order, until f returns false.
func eachWord(text string, s Span, quoted []Span, f func(w string, at Span) bool) {
	i := s.Start
	for i < s.End {
		w, end, _ := nextWord(text[:s.End], i)
		if w == "" {
			if end <= i {
				i++
			} else {
				i = end
			}
			continue
		}
		at := Span{end - len(w), end}
		i = end
		if inSpans(quoted, at.Start) {
			continue
		}
		if !f(w, at) {
			return
		}
	}
}

func inSpans(spans []Span, off int) bool {
	for _, s := range spans {
		if s.Start <= off && off < s.End {
			return true
		}
		if s.Start > off {
			break
		}
	}
	return false
}

// detached reports whether the phrase at p does not date its clause's
// event: it follows a comparison or a deadline ("compared with June",
// "d'ici 2025"), or names a noun ("the 2008 crisis", "this year's
// conference").
func detached(ws *words, p Span, quoted []Span) bool {
	text, l := ws.text, ws.l
	for _, q := range quoted {
		if q.Start <= p.Start && p.End <= q.End {
			// A short quotation is a name or a title ("Steve Jobs
			// 1955-2011", « Paris 2024 »): its date is the name's.
			if len(strings.Fields(text[q.Start:q.End])) <= 5 && !endsWithStop(strings.TrimRight(text[q.Start:q.End], "\"»”' ")) {
				return true
			}
			break
		}
	}
	before := Lower(strings.TrimRight(text[max(0, p.Start-24):p.Start], " \t\u00a0"))
	for _, d := range l.Detachers {
		// before is d, or ends with d after a blank or an apostrophe
		// (without building " "+d for every phrase and detacher).
		if rest, ok := strings.CutSuffix(before, d); ok && (rest == "" || strings.HasSuffix(rest, " ") || strings.HasSuffix(rest, "'") || strings.HasSuffix(rest, "’")) {
			return true
		}
	}
	if comparedOver(ws, p) {
		return true
	}
	after := text[p.End:min(len(text), p.End+4)]
	for _, s := range l.Possessives {
		if strings.HasPrefix(after, s) {
			return true
		}
	}
	if len(l.Determiners) > 0 {
		w, _, stop := prevWord(text, p.Start)
		lw := Lower(w)
		if !stop && (l.Determiners[lw] || lang.HasSuffix(text[:p.Start], l.Genitives...)) {
			// "the 1991 agreement", "its 2010 conference": a year as a noun's
			// modifier, a word (no stop) right after it.
			phrase := text[p.Start:p.End]
			if len(phrase) == 4 && isDigits(phrase) {
				n, _, _ := nextWord(text, p.End)
				return n != "" && !commaAt(text, p.End)
			}
		}
	}
	return false
}

// whenClause returns the clause that the detached phrase at p dates when
// a relative of time follows it ("par rapport à celle du 26 septembre
// lorsque 59 % craignaient…", "compared with June, when sales fell"): from
// that word to the next punctuation or the end of sentence sent; empty
// otherwise.
func whenClause(text string, sent, p Span, l *lang.Language) Span {
	if len(l.WhenRelatives) == 0 {
		return Span{}
	}
	w, end, stop := nextWord(text[:sent.End], p.End)
	if stop || !l.WhenRelatives[Lower(w)] {
		return Span{}
	}
	start := end - len(w)
	if strings.ContainsAny(text[p.End:start], ";:()«»\"") {
		return Span{}
	}
	stopAt := sent.End
	if k := strings.IndexAny(text[end:sent.End], ",;:()—–"); k >= 0 {
		stopAt = end + k
	}
	return trimSpan(text, Span{start, stopAt}, " \t,.;")
}

// compareReach is how many words a comparison of several words reaches
// over to the phrase it detaches: the noun it compares ("par rapport à
// celle du 26 septembre", "compared with the same period of 2009").
const compareReach = 4

// comparedOver reports whether a detacher of several words ("par rapport
// à", "compared with") stands a few words before the phrase at p, with no
// punctuation between: what is compared is then dated by the phrase, not
// the clause's event. A detacher of one word ("by", "than") must stand
// right before the phrase: "arrested by police on Tuesday" is dated.
func comparedOver(ws *words, p Span) bool {
	text, l := ws.text, ws.l
	from := max(0, p.Start-64)
	for from < p.Start && !utf8.RuneStart(text[from]) {
		from++
	}
	if ws.cues.Filters() && !ws.detacherIn(Span{from, p.Start}) {
		// A detacher of several words opens with its first word, as a
		// word of its own, the next word starting with its second: with
		// no such pair before the phrase, there is none to look for.
		return false
	}
	before := Lower(text[from:p.Start])
	for _, d := range l.Detachers {
		if !strings.Contains(d, " ") {
			continue
		}
		k := strings.LastIndex(before, d)
		if k < 0 || k > 0 && isWordRune(lastRuneOf(before[:k])) {
			continue
		}
		gap := before[k+len(d):]
		if gap != "" && isWordRune(firstRuneOf(gap)) && !strings.HasSuffix(d, "'") && !strings.HasSuffix(d, "’") {
			continue // "comparé à" in "comparé aux"
		}
		if !strings.ContainsAny(gap, ",;:.()«»\"!?") && len(strings.Fields(gap)) <= compareReach {
			return true
		}
	}
	return false
}

func lastRuneOf(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }
func firstRuneOf(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// reportSplit cuts from the clause c, dated by the phrase at mark, the
// report around what it dates: a head that reports what follows ("Jobs
// said that", "Apple a annoncé que") and a tail that reports what came
// before (", he said"). A reporting verb right before the phrase
// ("announced Monday") is dated by it: no cut.
func reportSplit(ws *words, c, mark Span, quoted []Span) (head, own, tail Span) {
	text, l := ws.text, ws.l
	own = c
	if len(l.Reporting) == 0 {
		return
	}
	cutAt, words, that := -1, 0, false
	ws.each(Span{c.Start, mark.Start}, quoted, func(w word) bool {
		switch {
		case w.kind&lang.CueReporting != 0:
			cutAt, words, that = w.at.End, 0, false
		case cutAt >= 0 && words == 0 && w.kind&lang.CueComplementizer != 0:
			cutAt, that = w.at.End, true
		default:
			words++
		}
		return true
	})
	// Only a report with a complementizer: "announced the release of X"
	// is one event, its object no clause.
	if cutAt >= 0 && that && words >= 2 {
		head = trimSpan(text, Span{c.Start, cutAt}, " \t,:")
		own = trimSpan(text, Span{cutAt, c.End}, " \t,:")
	}
	// A report after the phrase, set off by a comma: "…, he said."
	ws.eachOf(Span{mark.End, own.End}, quoted, lang.CueReporting, func(w word) bool {
		at := w.at
		k := strings.LastIndexAny(text[mark.End:at.Start], ",")
		if k < 0 {
			return false
		}
		if q := mark.End + k; strings.Count(text[q:at.Start], " ") <= 4 && strings.Count(strings.TrimSpace(text[at.End:own.End]), " ") < 4 {
			tail = trimSpan(text, Span{q, own.End}, " \t,.")
			own = trimSpan(text, Span{own.Start, q}, " \t,")
		}
		return false
	})
	return head, own, tail
}

// reportAside returns a report of a few words set off by commas before
// the phrase at mark in the clause own (", he said,", ", a-t-il
// précisé,"); empty when there is none.
func reportAside(ws *words, own, mark Span, quoted []Span) Span {
	text, l := ws.text, ws.l
	if len(l.Reporting) == 0 {
		return Span{}
	}
	for i := own.Start; i < mark.Start; i++ {
		if text[i] != ',' || inSpans(quoted, i) {
			continue
		}
		j := strings.IndexByte(text[i+1:mark.Start], ',')
		if j < 0 {
			break
		}
		seg := Span{i + 1, i + 1 + j}
		if n := len(strings.Fields(text[seg.Start:seg.End])); n == 0 || n > 4 {
			continue
		}
		reports := false
		ws.eachOf(seg, quoted, lang.CueReporting, func(word) bool {
			reports = true
			return false
		})
		if reports {
			return trimSpan(text, seg, " \t")
		}
	}
	return Span{}
}

func reportEvent(a *Article, ref Value, sent, s Span) Event {
	if !ref.Placed() {
		return event(a, Value{}, sent, s, Mention{}, Undated)
	}
	return event(a, ref, sent, s, Mention{}, DatedArticle)
}

// stretch is the stretch of days a duration the text anchors covers, as a
// range of days ("2021-10-12/2022-01-11"), or the one day it lies in ("les
// 24 heures passées" in a story dated by its day).
func stretch(v Value) Value {
	last := addDate(startOfDay(v.To), 0, 0, -1)
	if !v.To.Equal(startOfDay(v.To)) {
		last = startOfDay(v.To)
	}
	timex := dayTimex(v.From) + "/" + dayTimex(last)
	if first := startOfDay(v.From); !first.Before(last) {
		timex = dayTimex(first)
	}
	return Value{From: v.From, To: v.To, Grain: expr.GrainDay, Type: expr.Date, Timex: timex, Certainty: v.Certainty, Reason: v.Reason}
}

// sideOfStory tells where a duration of days or more that the text
// counts from the story's time, with no number, puts what it dates, as an
// Open value of the story's day: -3 before it ("il y a quelques jours", "a
// few days ago"), 3 after it ("dans quelques jours", "in a few days",
// "several weeks from now"), -2 up to it ("ces derniers mois", "depuis
// quelques jours", "in recent weeks": the end of something), 2 from it
// ("in the coming weeks"); 0 for any other. The words that say which side
// are the language's (Language.StorySides).
func sideOfStory(a *Article, m Mention, l *lang.Language) int {
	if strings.HasPrefix(m.Value.Timex, "PT") {
		return 0 // "in 1.5 hours", "il y a quelques minutes": the story's day, or the next
	}
	if m.Expr.Anchor == expr.AnchorDoc {
		switch m.Expr.Dir {
		case expr.DirPast:
			return -2
		case expr.DirFuture:
			return 2
		}
	}
	before := Lower(strings.TrimRight(a.Text[max(0, m.Span.Start-12):m.Span.Start], " \t\u00a0"))
	after := Lower(strings.TrimLeft(a.Text[m.Span.End:min(len(a.Text), m.Span.End+12)], " \t\u00a0"))
	for _, s := range l.StorySides {
		switch {
		case s.After && hasWordPrefix(after, s.Word):
			return s.Open // "a few days ago", "several weeks from now"
		case !s.After && (strings.HasSuffix(before, " "+s.Word) || before == s.Word ||
			s.Glued && strings.HasSuffix(before, s.Word) || s.InPhrase && hasWordPrefix(Lower(m.Text), s.Word)):
			return s.Open // "il y a quelques jours", "depuis quelques jours", "in a few days"
		}
	}
	return 0
}

// hasWordPrefix reports whether s starts with the word w.
func hasWordPrefix(s, w string) bool {
	if !strings.HasPrefix(s, w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[len(w):])
	return len(s) == len(w) || !isWordRune(r)
}

func sideReason(m Mention, open int) string {
	switch open {
	case -3:
		return "\"" + m.Text + "\" before the story's day, which day the text does not give"
	case 3:
		return "\"" + m.Text + "\" after the story's day, which day the text does not give"
	case -2:
		return "\"" + m.Text + "\" up to the story's day, from a start the text does not give"
	}
	return "\"" + m.Text + "\" from the story's day, to an end the text does not give"
}

// openRange is when the event a phrase dates happened, when the phrase is
// the one named end of a range the text leaves open ("fermées depuis
// vendredi", "la grève durera jusqu'à jeudi"). A state since a time
// ("depuis vendredi", "since 2004") is placed where it begins, marked as
// the start of something (Open 2). One until a time ahead ("la grève
// durera jusqu'à jeudi") runs from the article's time (the time of its
// date when it has one, else its day) to it (Open -1). The phrase keeps
// its own value, as TIMEX3 annotates it. An end the article's time cannot
// close ("à partir de lundi", "il est resté jusqu'à jeudi": a past
// Thursday, whose start the text does not give), or any end when the
// article's day is not known, dates the event alone, marked as the start
// or the end of something (Open 2, -2). "Après le 5 janvier", "avant 2018" keep the named
// value, marked as what the event follows or precedes (Open 3, -3).
func openRange(a *Article, m *Mention, ref Value) Value {
	v, now := m.Value, ref
	if m.Expr.Open == 0 {
		return v
	}
	if a.Date.Grain < expr.GrainDay && a.Date.Placed() {
		now = a.Date
	}
	known := now.Placed() && now.Certainty == Exact
	switch open := m.Expr.Open; {
	case open == 1:
		// "has been fighting cancer since 2004", "fermées depuis vendredi":
		// a state that began then and runs on. A chronology places it
		// where it begins, as the annotators of news timelines do
		// (SemEval-2015 TimeLine dates "fighting" in 2004), marked as the
		// start of something: a range to the article's time would tie it
		// with every event of those years, first and last alike.
		v.Open = 2
	case open == -1 && known && v.From.After(now.From) && v.To.After(now.To):
		v.From, v.Open = now.From, -1
	case open == 3 || open == -3:
		v.Open = open // "après le 5 janvier", "avant 2018": after its end, before its start
	case open < 0:
		v.Open = -2
	case open == 2:
		v.Open = 2
	}
	return v
}

// group gathers mentions that date one clause: consecutive phrases separated
// by at most a few words and no clause punctuation.
// The groups are runs of ms (each mention 400 bytes: not copied), each
// with no room past its end.
func group(text string, ms []Mention) [][]Mention {
	var out [][]Mention
	start := 0
	for i := 1; i <= len(ms); i++ {
		if i < len(ms) {
			gap := text[ms[i-1].Span.End:ms[i].Span.Start]
			if len(gap) <= 12 && !strings.ContainsAny(gap, ",;:.()«»\"") {
				continue
			}
		}
		out = append(out, ms[start:i:i])
		start = i
	}
	return out
}

func finest(g []Mention) Mention {
	best := g[0]
	for _, m := range g[1:] {
		if m.Value.Grain < best.Value.Grain {
			best = m
		}
	}
	return best
}

func event(a *Article, v Value, sent, clause Span, m Mention, by Dating) Event {
	cl := strings.TrimSpace(a.Text[clause.Start:clause.End])
	return Event{
		Value:   v,
		Clause:  cl,
		DatedBy: by,
		Sources: []Provenance{{
			Article:      a.ID,
			File:         a.File,
			Source:       a.Source,
			Lang:         a.Lang,
			Date:         a.Date,
			Sentence:     a.Text[sent.Start:sent.End],
			Clause:       cl,
			Phrase:       m.Text,
			SentenceSpan: sent,
			ClauseSpan:   clause,
			PhraseSpan:   m.Span,
			Rule:         m.Rule,
			Inherited:    by != DatedOwn,
			DatedBy:      by,
		}},
	}
}
