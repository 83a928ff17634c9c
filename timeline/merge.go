package timeline

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// MergeOptions says when events of different articles are one event.
type MergeOptions struct {
	// Similarity is the share of content words two clauses must have in
	// common (of the shorter one's) to be one event when their times agree.
	Similarity float64
	// Conflict is the share above which two clauses are one event even
	// when their times disagree: the event is kept once, the conflict shown.
	Conflict float64
	// Resolve re-reads an article whose day another source fixed, with
	// the cues of Languages.
	Resolve   ResolveOptions
	Languages Languages
	// StopWords say nothing of what happened: clauses are compared
	// without them. Reports of one event may be told in different
	// languages, so they are the stop words of every language frise
	// reads (languages.StopWords); nil, every word counts.
	StopWords map[string]bool
	// Off keeps every event of every article apart.
	Off bool
	// TakeEvents lets MergeWith move the results' events into the
	// chronology rather than copy them: the results' Events may be nil
	// once it returns. For a caller that reads only the chronology after
	// merging (frise build: a copy fewer of every event at its peak).
	TakeEvents bool
}

// DefaultMerge returns the thresholds frise uses: at least two content
// words in common, and half the shorter clause's; three quarters to merge
// despite different dates.
func DefaultMerge() MergeOptions { return MergeOptions{Similarity: 0.5, Conflict: 0.75} }

// MergeWith gathers the events of many articles in one chronology, and
// makes one event of the reports of the same event in different articles,
// in named steps:
//
//  1. Pin: the reports of one event are grouped, and an article dated
//     only by its month whose story day another source fixes is
//     resolved and extracted again from that day (see Pin);
//  2. the second pass: when Pin read any article again, the reports are
//     grouped again, since that article's events have moved (see
//     sameEvents); else Pin's grouping stands;
//  3. the reports of each group are joined (see joinEvents).
//
// Two reports are the same event when their clauses share enough content
// words (names, numbers, nouns and verbs; not stop words, not the time
// phrase) and their times overlap. Their event keeps every source, and the
// best-founded, most precise value they support (see better). Reports this
// alike whose dates differ are kept as one event with the conflict said,
// spanning both dates.
func MergeWith(results []Result, opt MergeOptions) Chronology {
	if opt.Off || len(results) < 2 {
		return Merge(results)
	}
	results, m := pinMerged(results, opt)
	if m == nil { // the second pass: articles pinned, their reports grouped again
		m = &merged{c: Merge(results)}
		m.groups = sameEvents(m.c.Events, opt)
	}
	c, groups := m.c, m.groups
	c.Events = joinInPlace(c.Events, groups)
	for i, r := range results {
		c.Articles[i].Reference = r.Reference
	}
	return c
}

// joinInPlace joins each group of evs into one event and returns the
// joined events and the others in chronology order, in evs' own memory
// (evs is MergeWith's, merged or taken from the results): the joined
// events in the order of groups, then the others in order, sorted stably
// by time, then by first source's article and place. A copy of the
// chronology sorted into a slice of its own was 60 MB at the peak of
// build's 100,000 articles.
func joinInPlace(evs []Event, groups [][]int) []Event {
	// rank is each event's place in the order sorted stably: the joined
	// events (kept at their group's first event) first, in the order of
	// groups, then the others; dead marks the other events of a group.
	rank := make([]int32, len(evs))
	for i := range rank {
		rank[i] = int32(len(groups) + i)
	}
	for k, g := range groups {
		evs[g[0]] = joinEvents(evs, g) // the groups are apart: g[0] is read by no other
		rank[g[0]] = int32(k)
		for _, i := range g[1:] {
			rank[i] = -1
		}
	}
	// The live events moved to the front in their order, rank with them,
	// dead ones cleared (their sources are the joined event's now).
	n := 0
	for i := range evs {
		if rank[i] < 0 {
			continue
		}
		if n != i {
			evs[n], rank[n] = evs[i], rank[i]
		}
		n++
	}
	clear(evs[n:])
	evs, rank = evs[:n], rank[:n]
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(x, y int32) int {
		a, b := &evs[x], &evs[y]
		return cmp.Or(a.Value.From.Compare(b.Value.From), b.Value.To.Compare(a.Value.To),
			cmp.Compare(a.Sources[0].Article, b.Sources[0].Article), cmp.Compare(a.Sources[0].ClauseSpan.Start, b.Sources[0].ClauseSpan.Start),
			cmp.Compare(rank[x], rank[y]))
	})
	// evs[i] = evs[idx[i]], cycle by cycle.
	for i := range idx {
		if idx[i] < 0 || int(idx[i]) == i {
			continue
		}
		t, j := evs[i], i
		for {
			k := int(idx[j])
			idx[j] = -1
			if k == i {
				evs[j] = t
				break
			}
			evs[j], j = evs[k], k
		}
	}
	if n == 0 {
		return nil // as before, when there is none
	}
	return evs
}

// Merge gathers the events of many articles in one total order: earliest
// start, then latest end, then article order, then position in the text.
func Merge(results []Result) Chronology {
	var c Chronology
	if len(results) > 0 {
		c.Articles = make([]ArticleInfo, 0, len(results))
	}
	// The events are sorted by reference: an event is some 250 bytes, and
	// a stable sort moves its items many times.
	type keyed struct {
		ev      *Event
		article int
		offset  int
	}
	var all []keyed
	for i, r := range results {
		c.Articles = append(c.Articles, infoOf(&r))
		for k := range r.Events {
			e := &r.Events[k]
			if e.DatedBy == Undated {
				c.Undated = append(c.Undated, *e)
				continue
			}
			all = append(all, keyed{e, i, e.Sources[0].ClauseSpan.Start})
		}
	}
	slices.SortStableFunc(all, func(a, b keyed) int {
		return cmp.Or(
			a.ev.Value.From.Compare(b.ev.Value.From),
			b.ev.Value.To.Compare(a.ev.Value.To),
			cmp.Compare(a.article, b.article),
			cmp.Compare(a.offset, b.offset),
		)
	})
	if len(all) > 0 {
		c.Events = make([]Event, 0, len(all))
	}
	for _, k := range all {
		c.Events = append(c.Events, *k.ev)
	}
	return c
}

// infoOf is what the chronology keeps of r's article.
func infoOf(r *Result) ArticleInfo {
	a := r.Article
	return ArticleInfo{
		ID: a.ID, File: a.File, Source: a.Source, Lang: a.Lang, Date: a.Date, URL: a.URL, Title: a.Title,
		Reference: r.Reference, Mentions: len(r.Mentions), Events: len(r.Events),
	}
}

// articleKey names an article among all the inputs: an ID is unique in
// its file only (two agencies' dumps may each have a story "1").
func articleKey(file, id string) string { return file + "\x00" + id }

func sourceName(p Provenance) string {
	if p.Source != "" {
		return p.Source
	}
	return p.Article
}

// sameEvents groups the events that report one event, each group in
// chronology order; an event in no group stands alone.
func sameEvents(evs []Event, opt MergeOptions) [][]int {
	// Candidates share a content word and a day: the index is keyed by
	// both, so a word common to a whole corpus costs only its day's events.
	// Events longer than three days (a month, a band of possible days) are
	// keyed by the word alone, and meet every event with that word.
	//
	// An event's words are kept as numbers (words), sorted, and the index
	// is keyed by number and day packed in a uint64 (wordKey): as strings,
	// each kept the lowered clause it was cut from, a tenth of build's live
	// memory at its peak (100,000 articles), and hashing them (then a struct
	// of both) was most of the index's cost. The words are numbered as
	// they are cut from the clause (wordNumbers: contentWords' words,
	// TestWordNumbers), without a string made for each. The days an event
	// is filed under and looks up are the same for each of its words:
	// worked out once (fileDays, lookDays: indexKeys' and lookKeys' days,
	// TestKeyDays). Each event's article is numbered too (art): comparing
	// its ID and file, for every candidate, read each candidate's report.
	words := make([][]int32, len(evs))
	art := make([]int32, len(evs))
	arts := map[[2]string]int32{}
	wn := wordNumbers{number: map[string]int32{}}
	index := map[wordKey][]int32{}
	var days []int
	for i := range evs {
		e := &evs[i]
		q := &e.Sources[0]
		if q.Inherited {
			continue
		}
		a, ok := arts[[2]string{q.File, q.Article}]
		if !ok {
			a = int32(len(arts))
			arts[[2]string{q.File, q.Article}] = a
		}
		art[i] = a
		ns := wn.of(q.Clause, q.Phrase, opt.StopWords)
		words[i] = ns
		days = fileDays(e.Value, days[:0])
		for _, n := range ns {
			for _, d := range days {
				k := keyOf(n, d)
				index[k] = append(index[k], int32(i))
			}
		}
	}
	parent := make([]int, len(evs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	conflict := make(map[int]bool)
	// The events each one meets (met), the words each shares with it
	// (count), and which of its words (mask: a bit for each of its first
	// 64 words, sorted; counted for the others): made once, emptied for
	// each event. Maps made anew for each were half of what a build of
	// 10,000 articles allocated, and hashing words a pair at a time a
	// quarter of its merging.
	count := make([]int, len(evs))
	mask := make([]uint64, len(evs))
	counted := map[[2]int]bool{} // event, word's place
	var met []int
	for i := range evs {
		if len(words[i]) < 2 {
			continue
		}
		clear(counted)
		days = lookDays(evs[i].Value, days[:0])
		met = met[:0]
		for wi, n := range words[i] {
			for _, d := range days {
				ids := index[keyOf(n, d)]
				if len(ids) > mergeCandidates {
					// Bounded work when many reports share a word and a day: the
					// latest ones suffice, as merging is transitive (a chain of
					// alike reports becomes one event).
					ids = ids[len(ids)-mergeCandidates:]
				}
				for _, j32 := range ids {
					j := int(j32)
					if j >= i || art[j] == art[i] {
						continue
					}
					if wi < 64 {
						if mask[j]&(1<<wi) != 0 {
							continue
						}
						mask[j] |= 1 << wi
					} else {
						if counted[[2]int{j, wi}] {
							continue
						}
						counted[[2]int{j, wi}] = true
					}
					if count[j] == 0 {
						met = append(met, j)
					}
					count[j]++
				}
			}
		}
		slices.Sort(met)
		for _, j := range met {
			if count[j] < 2 {
				continue // alike's first test, before its values are read
			}
			if same, agree := alike(count[j], len(words[i]), len(words[j]), evs[i].Value, evs[j].Value, opt); same {
				a, b := find(i), find(j)
				if a != b {
					parent[a] = b
				}
				if !agree {
					conflict[find(j)] = true
				}
			}
		}
		for _, j := range met {
			count[j], mask[j] = 0, 0
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	for i := range evs {
		r := find(i)
		if _, ok := byRoot[r]; !ok {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	var groups [][]int
	for _, r := range roots {
		if g := byRoot[r]; len(g) > 1 {
			groups = append(groups, g)
		}
	}
	return groups
}

// wordDay keys the events by a content word and a day (anyDay: an
// event longer than three days, or not placed): a struct, not a string
// built for each pair.
type wordDay struct {
	w   string
	day int // the calendar day, as dayOf gives it
}

// anyDay is no day dayOf gives.
const anyDay = -1

// dayOf numbers t's calendar day in its zone, as dayTimex writes it.
func dayOf(t time.Time) int {
	y, m, d := t.Date()
	return y<<9 | int(m)<<5 | d
}

// wordKey is wordDay with the word by its number (sameEvents), packed:
// the number in the high 32 bits, the day (dayOf's, below 2^23 for the
// years frise writes, or anyDay) in the low 32.
type wordKey uint64

func keyOf(n int32, day int) wordKey { return wordKey(uint64(uint32(n))<<32 | uint64(uint32(day))) }

// wordNumbers numbers the content words of clauses (sameEvents).
type wordNumbers struct {
	number map[string]int32 // a word's number
	buf    []byte           // the word being cut
	skip   []string         // the phrase's words
}

// of returns the numbers of contentWords(clause, phrase, stop), sorted,
// each once; a word not met before gets the next number. It cuts the
// clause as contentWords does (strings.ToLower, then fields of letters
// and digits: strings.ToLower maps rune by rune, so a rune's field is
// told by its lowered form), one rune at a time into buf.
func (wn *wordNumbers) of(clause, phrase string, stop map[string]bool) []int32 {
	wn.skip = append(wn.skip[:0], tokens(phrase)...)
	var ns []int32
	word := func() {
		w := wn.buf
		wn.buf = w[:0]
		if len(w) == 0 || stop[string(w)] || slices.Contains(wn.skip, string(w)) {
			return
		}
		if utf8.RuneCount(w) < 3 {
			if r, _ := utf8.DecodeRune(w); !unicode.IsDigit(r) {
				return
			}
		}
		n, ok := wn.number[string(w)]
		if !ok {
			n = int32(len(wn.number))
			wn.number[string(w)] = n
		}
		ns = append(ns, n)
	}
	for _, r := range clause {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
				wn.buf = append(wn.buf, byte(r))
				continue
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) { // every other ASCII rune
				word()
				continue
			}
		}
		if r = unicode.ToLower(r); unicode.IsLetter(r) || unicode.IsDigit(r) {
			wn.buf = utf8.AppendRune(wn.buf, r)
		} else {
			word()
		}
	}
	word()
	slices.Sort(ns)
	return slices.Compact(ns) // each once
}

func overlaps(a, b Value) bool { return a.From.Before(b.To) && b.From.Before(a.To) }

// joinEvents makes one event of a group: every source, and the most precise
// value they support, or the span of all when exact dates disagree.
func joinEvents(evs []Event, g []int) Event {
	best := evs[g[0]]
	for _, i := range g[1:] {
		if better(evs[i], best) {
			best = evs[i]
		}
	}
	out := Event{Value: best.Value, Clause: best.Clause, DatedBy: best.DatedBy}
	var exact []Value
	for _, i := range g {
		out.Sources = append(out.Sources, evs[i].Sources...)
		if v := evs[i].Value; v.Certainty != Ambiguous {
			exact = append(exact, v)
		}
	}
	for _, v := range exact {
		if !overlaps(v, best.Value) {
			var says []string
			from, to := best.Value.From, best.Value.To
			for _, i := range g {
				v := evs[i].Value
				says = append(says, sourceName(evs[i].Sources[0])+": "+v.Timex)
				if v.From.Before(from) {
					from = v.From
				}
				if v.To.After(to) {
					to = v.To
				}
			}
			out.Conflict = "sources disagree on the date (" + strings.Join(says, "; ") + ")"
			out.Value.From, out.Value.To = from, to
			out.Value.Certainty, out.Value.Reason = Ambiguous, out.Conflict
			out.Value.RelDay = nil
			break
		}
	}
	return out
}

// better reports whether a is better dated than b: better founded (own
// over carried over article), then more certain, then narrower.
func better(ea, eb Event) bool {
	if ra, rb := ea.DatedBy.rank(), eb.DatedBy.rank(); ra != rb {
		return ra < rb
	}
	a, b := ea.Value, eb.Value
	if a.Certainty != b.Certainty {
		return a.Certainty < b.Certainty
	}
	return a.To.Sub(a.From) < b.To.Sub(b.From)
}

// contentWords returns the words of a clause that say what happened:
// lower case, three letters or more (or a number), without the stop words
// stop or the words of the time phrase, each once, sorted.
func contentWords(clause, phrase string, stop map[string]bool) []string {
	skip := tokens(phrase)
	var out []string
	for _, w := range tokens(clause) {
		if stop[w] || slices.Contains(skip, w) {
			continue
		}
		if utf8.RuneCountInString(w) < 3 {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsDigit(r) {
				continue
			}
		}
		out = append(out, w)
	}
	slices.Sort(out)
	return slices.Compact(out) // each once
}

func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
