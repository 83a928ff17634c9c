package timeline

import (
	"strings"
	"unicode/utf8"
)

// Extract turns an article's resolved mentions into events: one per clause
// dated by a phrase that has a place in time (DATE, TIME; never a SET). A
// DURATION dates one only as far as the text places it: the stretch it
// covers when anchored ("au cours des trois derniers mois"); with no
// number, in a sentence nothing else dates, where it lies from the story's
// day (see sideOfStory: "il y a quelques jours" before it, "ces derniers
// mois" up to it). Phrases a few words apart with no clause break between them
// ("mardi vers 21 h 45") date one clause together, by the finer of them.
//
// A sentence with no such phrase is dated by the last one before it (the
// story goes on where it was), marked Inherited; before any phrase, by the
// article's reference day, also Inherited. Nothing is dated that the article
// does not date.
func Extract(a *Article, ms []Mention, ref Value) []Event {
	var evs []Event
	var last *Value
	if ref.Placed() {
		last = &ref
	}
	k := 0
	for _, sent := range Sentences(a.Text) {
		var in, vague []Mention
		for ; k < len(ms) && ms[k].Span.Start < sent.End; k++ {
			m := ms[k]
			if m.Span.Start < sent.Start || m.Part {
				continue
			}
			switch {
			case m.Value.Placed():
				in = append(in, m)
			case m.Value.Type != Duration:
			case m.Value.Bounded():
				m.Value = stretch(m.Value) // "au cours des trois derniers mois"
				in = append(in, m)
			case ref.Placed() && strings.Contains(m.Value.Timex, "X"):
				if open := sideOfStory(a, m); open != 0 {
					m.Value = ref // "il y a quelques jours": before the story's day
					m.Value.Open, m.Value.Reason = open, sideReason(m, open)
					if m.Value.Certainty == Exact {
						m.Value.Certainty = Inferred
					}
					vague = append(vague, m)
				}
			}
		}
		if len(in) == 0 && len(vague) > 0 {
			// Only for a sentence nothing else dates: "en 2019, … depuis
			// quelques années" is in 2019.
			in = vague[:1]
		}
		if len(in) == 0 {
			if last != nil {
				evs = append(evs, event(a, *last, sent, sent, Mention{}, true))
			}
			continue
		}
		groups := group(a.Text, in)
		marks := make([]Span, len(groups))
		for i, g := range groups {
			marks[i] = Span{g[0].Span.Start, g[len(g)-1].Span.End}
		}
		clauses := Clauses(a.Text, sent, marks)
		for i, g := range groups {
			m := finest(g)
			m.Span, m.Text = marks[i], a.Text[marks[i].Start:marks[i].End]
			evs = append(evs, event(a, openRange(a, &m, ref), sent, clauses[i], m, false))
			// The sentences after it are at the phrase's own time: "depuis
			// 1999" dates what follows in 1999, not since then.
			v := m.Value
			last = &v
		}
	}
	return evs
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
	return Value{From: v.From, To: v.To, Grain: GrainDay, Type: Date, Timex: timex, Certainty: v.Certainty, Reason: v.Reason}
}

// sideOfStory tells where a duration of days or more that the text
// counts from the story's time, with no number, puts what it dates, as an
// Open value of the story's day: -3 before it ("il y a quelques jours", "a
// few days ago"), 3 after it ("dans quelques jours", "in a few days",
// "several weeks from now"), -2 up to it ("ces derniers mois", "depuis
// quelques jours", "in recent weeks": the end of something), 2 from it
// ("in the coming weeks"); 0 for any other.
func sideOfStory(a *Article, m Mention) int {
	if strings.HasPrefix(m.Value.Timex, "PT") {
		return 0 // "in 1.5 hours", "il y a quelques minutes": the story's day, or the next
	}
	if m.Expr.Anchor == AnchorDoc {
		switch m.Expr.Dir {
		case DirPast:
			return -2
		case DirFuture:
			return 2
		}
	}
	before := Lower(strings.TrimRight(a.Text[max(0, m.Span.Start-12):m.Span.Start], " \t\u00a0"))
	after := Lower(strings.TrimLeft(a.Text[m.Span.End:min(len(a.Text), m.Span.End+12)], " \t\u00a0"))
	switch {
	case strings.HasSuffix(before, "il y a") || strings.HasSuffix(before, "voilà") || hasWordPrefix(after, "ago"):
		return -3
	case strings.HasSuffix(before, " depuis") || before == "depuis" || hasWordPrefix(Lower(m.Text), "depuis"):
		return -2
	case strings.HasSuffix(before, " dans") || before == "dans" || strings.HasSuffix(before, " in") || before == "in" ||
		strings.HasPrefix(after, "from now"):
		return 3
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
// vendredi", "la grève durera jusqu'à jeudi"): from that end to the
// article's time (the time of its date when it has one, else its day), or
// from the article's time to it. The phrase keeps its own value, as
// TIMEX3 annotates it. An end the article's time cannot close ("à partir
// de lundi", "il est resté jusqu'à jeudi": a past Thursday, whose start
// the text does not give), or any end when the article's day is not
// known, dates the event alone, marked as the start or the end of
// something (Open 2, -2). "Après le 5 janvier", "avant 2018" keep the named
// value, marked as what the event follows or precedes (Open 3, -3).
func openRange(a *Article, m *Mention, ref Value) Value {
	v, now := m.Value, ref
	if m.Expr.Open == 0 {
		return v
	}
	if a.Date.Grain < GrainDay && a.Date.Placed() {
		now = a.Date
	}
	known := now.Placed() && now.Certainty == Exact
	switch open := m.Expr.Open; {
	case open == 1 && known && v.From.Before(now.From) && v.To.Before(now.To):
		v.To, v.Open = now.To, 1
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
func group(text string, ms []Mention) [][]Mention {
	var out [][]Mention
	for i, m := range ms {
		if i > 0 {
			gap := text[ms[i-1].Span.End:m.Span.Start]
			if len(gap) <= 12 && !strings.ContainsAny(gap, ",;:.()«»\"") {
				out[len(out)-1] = append(out[len(out)-1], m)
				continue
			}
		}
		out = append(out, []Mention{m})
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

func event(a *Article, v Value, sent, clause Span, m Mention, inherited bool) Event {
	cl := strings.TrimSpace(a.Text[clause.Start:clause.End])
	return Event{
		Value:  v,
		Clause: cl,
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
			Inherited:    inherited,
		}},
	}
}
