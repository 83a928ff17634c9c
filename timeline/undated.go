package timeline

import (
	"frise/timeline/expr"
	"frise/timeline/lang"

	"slices"
	"strings"
	"unicode/utf8"
)

// undatedParts returns the parts of sentence sent, which no phrase dates,
// that the text places nowhere, each an event of its own left undated
// while the rest of the sentence is dated as before:
//
//   - what a report reports, when it only looks ahead or tells a habit
//     ("Apple has claimed that | the phone will provide…", "adds, | "Steve
//     will continue to serve Apple"", "Le préfet a déclaré que | le site
//     pourrait rouvrir"), or, in indirect speech, the past ("argued that
//     | the quota was a breach");
//   - a clause coordinated after the first that only looks ahead ("…are
//     under development | and Jobs will continue to steer the company"),
//     or that a word puts later on a time not given ("…returned to Apple
//     | and soon after reassumed the role");
//   - what a verb of choice or plan chooses ("has chosen | to step
//     down");
//   - a relative clause set off by a comma that tells a state in the
//     present (", which is made by Apple and marketed alongside…", ", qui
//     compte 300 salariés,"): a description, not a step of the story.
//
// The parts are in text order and do not overlap.
func undatedParts(ws *words, sent Span, quoted []Span) []Span {
	text, l := ws.text, ws.l
	if l == neutral {
		return nil
	}
	var parts []Span
	if c := reportedContent(ws, sent, quoted); c.Len() > 0 {
		if placesNothing(ws.readCues(c, nil)) {
			return []Span{c}
		}
		// "critics saying that the ruling came too late, the judge said
		// that the hearing had lasted…": each report's own content.
		for c.Len() > 0 {
			c = contentOnly(ws, c, quoted)
			// Only what is reported in indirect speech: a quotation in
			// the past may tell a state of today ("« … n'a pas de
			// justification »").
			if cc := ws.readCues(c, nil); placesNothing(cc) || indirect(text, c, l) && cc.tense == expr.DirPast {
				parts = append(parts, c)
			}
			c = reportedContent(ws, Span{c.End, sent.End}, quoted)
		}
	}
	whole := ws.readCues(sent, quoted)
	if whole.tense != expr.DirFuture {
		if c := coordinatedAhead(ws, sent, quoted); c.Len() > 0 && !overlapsAny(parts, c) {
			parts = append(parts, c)
		}
	}
	if c := afterwards(ws, sent, Span{}, quoted); c.Len() > 0 && !overlapsAny(parts, c) {
		parts = append(parts, c)
	}
	if c := intended(ws, sent, Span{}, quoted); c.Len() > 0 && !overlapsAny(parts, c) {
		parts = append(parts, c)
	}
	for _, r := range presentRelatives(ws, sent, quoted) {
		if !overlapsAny(parts, r) {
			parts = append(parts, r)
		}
	}
	slices.SortFunc(parts, func(x, y Span) int { return x.Start - y.Start })
	return parts
}

// placesNothing reports whether a clause with cues c tells
// nothing the calendar can hold: it only looks ahead, or tells a habit.
func placesNothing(c cues) bool {
	return c.tense == expr.DirFuture || c.habit && c.tense != expr.DirPast || c.trait
}

// reportedContent returns what the first reporting verb of sentence sent
// reports, when the text marks it: after a complementizer ("said that
// …", "a déclaré que …"), or a quotation opened after the verb ("adds,
// "…"", "stating: « … »"); empty otherwise.
func reportedContent(ws *words, sent Span, quoted []Span) Span {
	text, l := ws.text, ws.l
	var out Span
	ws.eachOf(sent, quoted, lang.CueReporting, func(w word) bool {
		at := w.at
		if q := openingQuote(text, sent, at, quoted); q.Len() > 0 {
			out = q // ""We will appeal," the minister said."
			return false
		}
		next, end, _ := nextWord(text[:sent.End], at.End)
		if l.Complementizers[Lower(next)] && strings.TrimSpace(text[at.End:end-len(next)]) == "" {
			out = trimSpan(text, Span{end, sent.End}, " \t,.'’")
			return false
		}
		rest := strings.TrimLeft(text[at.End:sent.End], " \t,:")
		if opensQuote(rest) {
			out = trimSpan(text, Span{sent.End - len(rest), sent.End}, " \t.")
			return false
		}
		// "responded with a statement on his blog: "The world…"": a
		// quotation after a colon is what is reported.
		for i := at.End; i < sent.End; i++ {
			if text[i] == ':' && !inSpans(quoted, i) {
				if r := strings.TrimLeft(text[i+1:sent.End], " \t"); opensQuote(r) {
					out = trimSpan(text, Span{sent.End - len(r), sent.End}, " \t.")
				}
				break
			}
		}
		return false
	})
	return out
}

// coordinatedAhead returns the clause a coordinator opens in sentence
// sent ("and", "but", "et", "mais", a comma before it or not) when its
// first verb looks ahead: from the coordinator to the sentence's end.
func coordinatedAhead(ws *words, sent Span, quoted []Span) Span {
	var out Span
	seenVerb := false
	ws.each(sent, quoted, func(w word) bool {
		if w.kind&lang.CueCoordinator == 0 {
			seenVerb = seenVerb || ws.tense(w, sent.End) != expr.DirAuto
			return true
		}
		at := w.at
		if !seenVerb {
			return true // "Apple and Google will…": two subjects, no clause yet
		}
		rest := Span{at.Start, sent.End}
		if c := ws.readCues(Span{at.End, sent.End}, quoted); c.tense == expr.DirFuture {
			out = trimSpan(ws.text, rest, " \t.")
			return false
		}
		return true
	})
	return out
}

// presentRelatives returns the relative clauses of sentence sent set off
// by a comma whose first verb is a present that is no perfect (", which
// is made by Apple", ", qui compte 300 salariés"): from the relative
// pronoun to the next comma or the sentence's end.
func presentRelatives(ws *words, sent Span, quoted []Span) []Span {
	text, l := ws.text, ws.l
	if len(l.Relatives) == 0 {
		return nil
	}
	var out []Span
	for i := sent.Start; i < sent.End; {
		k := strings.IndexByte(text[i:sent.End], ',')
		if k < 0 {
			break
		}
		comma := i + k
		i = comma + 1
		w, end, stop := nextWord(text[:sent.End], comma+1)
		if stop || !l.Relatives[Lower(w)] || inSpans(quoted, comma) {
			continue
		}
		stopAt := sent.End
		if j := strings.IndexAny(text[end:sent.End], ",;:()—–"); j >= 0 {
			stopAt = end + j
		}
		clause := trimSpan(text, Span{end - len(w), stopAt}, " \t.")
		// With no word that gives a tense, the verb is a present the
		// tables do not read ("which employs", "qui emploie").
		verb, next := firstVerb(ws, Span{end, stopAt}, quoted)
		if verb != "" && (tenseOf(l, verb, next) != expr.DirNearest || l.PerfectAux[verb]) {
			continue
		}
		out = append(out, clause)
		i = stopAt
	}
	return out
}

// firstVerb returns the first word of span s that gives a tense (lower
// case), and the word after it.
func firstVerb(ws *words, s Span, quoted []Span) (verb, next string) {
	ws.each(s, quoted, func(w word) bool {
		if ws.tense(w, s.End) != expr.DirAuto {
			verb = w.low
			next, _ = ws.next(w, s.End)
			return false
		}
		return true
	})
	return verb, next
}

// openingQuote returns the quotation that opens sentence sent when the
// reporting verb at at follows it, a few words after at most (""We will
// appeal," the minister said", "« Nous ferons appel », a déclaré le
// ministre"); empty otherwise.
func openingQuote(text string, sent, at Span, quoted []Span) Span {
	start := trimSpan(text, sent, " \t").Start
	for _, q := range quoted {
		if q.Start > start {
			break
		}
		if q.Start != start || q.End > at.Start {
			continue
		}
		gap := text[q.End:at.Start]
		if strings.ContainsAny(gap, ".;:!?\"«»“”()") || len(strings.Fields(gap)) > 3 {
			return Span{}
		}
		return trimSpan(text, q, " \t")
	}
	return Span{}
}

// indirect reports whether the content c is reported in indirect
// speech: a complementizer opens it ("said that …", "a indiqué que …").
func indirect(text string, c Span, l *lang.Language) bool {
	w, _, stop := prevWord(text, c.Start)
	return !stop && l.Complementizers[Lower(w)]
}

func opensQuote(s string) bool {
	return strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“") || strings.HasPrefix(s, "«")
}

// reportedAfter returns what a report dated by the phrase at mark reports
// after it, when a complementizer follows the phrase ("said on Friday
// that …", "a annoncé mardi que …"): from there to the end of the clause
// own; empty otherwise.
func reportedAfter(ws *words, own, mark Span, quoted []Span) Span {
	text, l := ws.text, ws.l
	reports := false
	ws.eachOf(Span{own.Start, mark.Start}, quoted, lang.CueReporting, func(word) bool {
		reports = true
		return false
	})
	if !reports || mark.End >= own.End {
		return Span{}
	}
	w, end, stop := nextWord(text[:own.End], mark.End)
	if stop || !l.Complementizers[Lower(w)] || strings.TrimSpace(text[mark.End:end-len(w)]) != "" {
		return Span{}
	}
	return trimSpan(text, Span{end, own.End}, " \t,.'’")
}

// contentOnly cuts what a report reports, content, where the sentence
// goes on with something else: at a comma before a coordinator and a
// verb told in the past (", but dismissed…", ", et a ajouté…": the
// reporter's next act), or at the last comma before another reporting
// verb ("critics saying that…, Jobs said that…": a second report).
func contentOnly(ws *words, content Span, quoted []Span) Span {
	text, l := ws.text, ws.l
	out := content
	lastComma := -1
	ws.each(content, quoted, func(w word) bool {
		at := w.at
		if k := strings.LastIndexByte(text[content.Start:at.Start], ','); k >= 0 && !inSpans(quoted, content.Start+k) {
			lastComma = content.Start + k
		}
		if w.kind&lang.CueReporting != 0 && lastComma >= 0 {
			out.End = lastComma
			return false
		}
		if w.kind&lang.CueCoordinator != 0 && lastComma >= 0 && strings.TrimSpace(text[lastComma+1:at.Start]) == "" {
			next, end, _ := nextWord(text[:content.End], at.End)
			after, _, _ := nextWord(text[:content.End], end)
			if tenseOf(l, Lower(next), Lower(after)) == expr.DirPast {
				out.End = lastComma
				return false
			}
		}
		return true
	})
	return trimSpan(text, out, " \t,")
}

// overlapsAny reports whether s overlaps any of spans.
func overlapsAny(spans []Span, s Span) bool {
	for _, p := range spans {
		if p.Start < s.End && s.Start < p.End {
			return true
		}
	}
	return false
}

// intended returns what the first verb of choice or plan of clause c
// chooses or plans, when its infinitive follows it after the phrase at
// mark, if any ("has chosen | to step down", "decided on Monday | to
// close the plant", "a décidé | d'abandonner le projet"): from the
// infinitive's word to the next comma or the clause's end. Empty when
// there is none, or when the infinitive comes before the phrase, which
// then dates what is planned ("plans to open the bridge on June 3").
func intended(ws *words, c, mark Span, quoted []Span) Span {
	text, l := ws.text, ws.l
	var out Span
	ws.eachOf(c, quoted, lang.CueIntends, func(w word) bool {
		at := w.at
		// The infinitive right after the verb, or after the phrase that
		// dates the verb ("decided on Monday to…").
		from := at.End
		if mark.Len() > 0 && mark.Start >= at.End && strings.TrimSpace(text[at.End:mark.Start]) == "" {
			from = mark.End
		}
		inf, end, stop := nextWord(text[:c.End], from)
		if stop || !l.Infinitives[Lower(inf)] || strings.ContainsAny(text[from:end-len(inf)], ",;:") {
			return false
		}
		start := end - len(inf)
		if start < mark.End {
			return false
		}
		stopAt := c.End
		if k := strings.IndexAny(text[end:c.End], ",;:()"); k >= 0 {
			stopAt = end + k
		}
		out = trimSpan(text, Span{start, stopAt}, " \t.")
		return false
	})
	return out
}

// afterwards returns the clause of c, after the phrase at mark if any,
// that a coordinator opens with one of the language's Afterwards ("and
// soon after reassumed the role", "et plus tard libéré"): from the
// coordinator to the next comma or the clause's end; empty when there is
// none.
func afterwards(ws *words, c, mark Span, quoted []Span) Span {
	text, l := ws.text, ws.l
	if len(l.Afterwards) == 0 {
		return Span{}
	}
	var out Span
	ws.eachOf(Span{max(c.Start, mark.End), c.End}, quoted, lang.CueCoordinator, func(w word) bool {
		at := w.at
		rest := strings.TrimLeft(text[at.End:c.End], " \t,")
		for _, later := range l.Afterwards {
			if hasWordPrefix(lowerRunes(rest, len(later)+utf8.UTFMax), later) {
				stopAt := c.End
				if k := strings.IndexAny(text[at.End:c.End], ";:()"); k >= 0 {
					stopAt = at.End + k
				}
				out = trimSpan(text, Span{at.Start, stopAt}, " \t.,")
				return false
			}
		}
		return true
	})
	return out
}
