// Package tag runs a language's rules over a whole article and returns
// every time phrase with its exact byte span.
//
// The rules are olebedev/when rules; when's own Parser returns only the
// first cluster of a text, and each rule only its first match. The tagger
// finds every match of every rule: it picks the places where a rule can
// match (near the words that trigger it, at the words that can open its
// phrases), asks the matching engine (internal/match: one automaton for
// all the rules, then the rule's own captures) what matches there, keeps
// the longest of overlapping matches (the earlier rule on a tie), asks
// each rule what its phrase means, and joins adjacent phrases that are
// one ("hier à 10 h", "du 2 au 5 janvier"). Rules that show no anchored
// pattern are run through when's Find over the whole text.
package tag

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/olebedev/when/rules"

	"frise/timeline"
	"frise/timeline/expr"
	"frise/timeline/lang"
	"frise/timeline/rule"
	"frise/timeline/tag/internal/match"
)

// Meaningful is a rule that says what its phrase means to frise and what it
// is called; rules built with timeline/rule are. Other when rules (when's
// own rules/en) are read through the rules.Context they fill.
type Meaningful interface {
	Name() string
	Expr(m *rules.Match) (expr.Expr, bool)
}

// Triggered is a rule that says which words its phrases always hold
// (rule.Digits for a digit); timeline/rule's rules do.
type Triggered interface {
	Triggers() []string
}

// Tagger finds time phrases with a rule set.
type Tagger struct {
	rules    []rules.Rule
	names    []string
	triggers [][]string
	anchored []Anchorable     // nil for a rule tried by scanning the whole text
	tailed   []bool           // see tailed
	scanned  []int            // those rules
	starts   []*match.Starts  // the words each anchored rule's phrases open with
	opens    *match.Openers   // the same, by word
	byWord   map[string][]int // trigger word (or rule.Digits…) -> anchored rules it triggers
	// plain holds the rules of byWord the automaton does not run; fire,
	// those it runs.
	plain map[string][]int
	fire  map[string]match.Set
	// fireYear and fireNumeric are fire's for rule.Year and rule.Numeric,
	// looked at for every token of their kind.
	fireYear, fireNumeric   match.Set
	firesYear, firesNumeric bool // they are not empty
	// progs holds each anchored rule's program, run by the automaton
	// (machine); nil for a rule tried with its regexp alone.
	progs   []*match.Prog
	machine *match.Machine
	auto    match.Set // the rules the machine runs
	work    *workspaces
	joins   *joins // the language's words that join phrases
}

// For returns the tagger of language l: its rules, and its words that
// join phrases side by side.
func For(l lang.Language) *Tagger {
	return newTagger(l.Rules(), l.Joins, true)
}

// New returns a tagger running rs, in priority order, that joins
// phrases side by side by what they mean alone ("mardi 14 h"), no
// language's words ("du 2 au 5", "mardi à 14 h") being given.
func New(rs ...rules.Rule) *Tagger {
	return newTagger(rs, lang.Joins{}, true)
}

// newTagger is For; without automaton, anchored rules are tried with
// their regexps alone (what the automaton must find the same as).
func newTagger(rs []rules.Rule, js lang.Joins, automaton bool) *Tagger {
	n := len(rs)
	if n > match.MaxPatterns {
		panic(fmt.Sprintf("tag: %d rules, at most %d", n, match.MaxPatterns))
	}
	t := &Tagger{rules: rs, names: make([]string, n), triggers: make([][]string, n),
		tailed: make([]bool, n), starts: make([]*match.Starts, n), byWord: map[string][]int{},
		progs: make([]*match.Prog, n), work: &workspaces{}, joins: joinsOf(js)}
	t.anchored = anchoredRules(rs)
	for i, r := range rs {
		if tr, ok := r.(Triggered); ok {
			t.triggers[i] = tr.Triggers()
		}
		if m, ok := r.(Meaningful); ok {
			t.names[i] = m.Name()
		} else {
			t.names[i] = fmt.Sprintf("when.%T#%d", r, i)
		}
		if t.anchored[i] != nil {
			if tr, ok := r.(tailed); ok {
				t.tailed[i] = tr.OneRuneTail()
			}
			for _, w := range t.triggers[i] {
				if !slices.Contains(t.byWord[w], i) {
					t.byWord[w] = append(t.byWord[w], i)
				}
			}
		} else {
			t.scanned = append(t.scanned, i)
		}
	}
	for i, pt := range patternsOf(t.anchored) {
		if pt.Starts == nil {
			continue
		}
		t.starts[i] = pt.Starts
		if automaton && pt.Prog != nil {
			t.progs[i] = pt.Prog
			t.auto.Add(i)
		}
	}
	t.opens = match.OpenersOf(t.starts)
	if t.auto != (match.Set{}) {
		t.machine = match.Merge(t.progs)
	}
	t.plain, t.fire = map[string][]int{}, map[string]match.Set{}
	for w, rs := range t.byWord {
		for _, i := range rs {
			if t.auto.Has(i) {
				set := t.fire[w]
				set.Add(i)
				t.fire[w] = set
			} else {
				t.plain[w] = append(t.plain[w], i)
			}
		}
	}
	t.fireYear, t.fireNumeric = t.fire[rule.Year], t.fire[rule.Numeric]
	t.firesYear, t.firesNumeric = t.fireYear != match.Set{}, t.fireNumeric != match.Set{}
	return t
}

// anchoredRules is, for each rule of rs, the rule if it is tried at
// places near its triggers, nil if it is run over the whole text: a rule
// that cannot be anchored or names no trigger.
func anchoredRules(rs []rules.Rule) []Anchorable {
	as := make([]Anchorable, len(rs))
	for i, r := range rs {
		a, ok := r.(Anchorable)
		tr, ok2 := r.(Triggered)
		if ok && ok2 && len(tr.Triggers()) > 0 {
			as[i] = a
		}
	}
	return as
}

// cand is a phrase a rule found; what it means is shared with the memo
// that remembers it, not copied.
//
// A candidate whose window the memo has not met is pending: found is nil,
// span is as far as the automaton says a match can reach from at, and the
// rule's regexp runs on cut only if the candidate can still be picked
// (settle). Most are not: "mardi" inside "mardi 4 janvier" at 21 h.
type cand struct {
	span timeline.Span
	rule int
	*found
	cut  string // a pending candidate's window
	dead bool   // settled, and nothing found there
}

func (c *cand) pending() bool { return c.found == nil && !c.dead }

// Tag returns the time phrases of a, in text order, unresolved.
func (t *Tagger) Tag(ctx context.Context, a *timeline.Article) ([]timeline.Mention, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return t.TagText(a.Text), nil
}

// TagAppend appends the time phrases of a to dst, as Tag returns them.
func (t *Tagger) TagAppend(ctx context.Context, dst []timeline.Mention, a *timeline.Article) ([]timeline.Mention, error) {
	if err := ctx.Err(); err != nil {
		return dst, err
	}
	return t.AppendText(dst, a.Text), nil
}

// TagText returns the time phrases of text, in order, unresolved.
func (t *Tagger) TagText(text string) []timeline.Mention {
	return t.AppendText(nil, text)
}

// AppendText appends the time phrases of text to dst, in order,
// unresolved. A caller done with the phrases of one text can give the
// same slice again for the next: phrases written over memory just used
// cost a tenth of a pass less than in new memory, which the processor's
// cache does not hold (a mention is 400 bytes).
func (t *Tagger) AppendText(dst []timeline.Mention, text string) []timeline.Mention {
	w := t.work.get(t.progs, t.machine)
	defer t.work.put(w)
	toks := t.tokens(w.toks[:0], text, w)
	w.toks = toks
	cands := t.findNear(w.cands[:0], text, toks, w)
	for _, i := range t.scanned {
		if t.triggered(i, toks) {
			cands = t.find(cands, i, t.rules[i], text)
		}
	}
	w.cands = cands
	// Longest first, then rule priority, then position: a total order, so the
	// choice never depends on the order rules happened to report. The
	// candidates stay in place; their order is a list of indices.
	order := sortCands(w.order[:0], cands, &w.keys)
	w.order = order
	taken := slices.Grow(w.taken[:0], len(text))[:len(text)]
	clear(taken)
	w.taken = taken
	picked := w.picked[:0]
	// A pending candidate settled shorter than it might have been goes
	// back in line, in later, the rest of order's line kept.
	later := w.later[:0]
	for next := 0; next < len(order) || len(later) > 0; {
		var k int32
		if len(later) > 0 && (next == len(order) || compareCands(&cands[later[0]], &cands[order[next]]) < 0) {
			k, later = popCand(later, cands)
		} else {
			k = order[next]
			next++
		}
		c := &cands[k]
		if c.pending() {
			end := c.span.End
			if t.tailed[c.rule] && end < len(text) && end < c.span.Start+maxPhrase {
				// The automaton's reach counts the rune after the phrase,
				// which a match needs to end there, but not as its own.
				end--
			}
			if !slices.Contains(taken[c.span.Start:end], false) {
				continue // all its bytes taken: it cannot be picked, whatever it finds
			}
			ub := c.span
			if !t.settle(c, text, w) {
				continue
			}
			if c.span != ub {
				later = pushCand(later, k, cands)
				continue
			}
		}
		if c.dead || slices.Contains(taken[c.span.Start:c.span.End], true) {
			continue
		}
		for k := c.span.Start; k < c.span.End; k++ {
			taken[k] = true
		}
		if !c.veto {
			picked = append(picked, k)
		}
	}
	w.later = later
	// Picked phrases do not overlap: ordered by start, they are in text
	// order, and the mentions are built once, in place.
	slices.SortFunc(picked, func(i, j int32) int { return cands[i].span.Start - cands[j].span.Start })
	w.picked = picked
	// The phrases are built and joined in dst, past what it holds; the
	// ends of ranges, rare, grow it, merged in from the back.
	base := len(dst)
	dst = slices.Grow(dst, len(picked))
	ms := dst[base : base+len(picked)]
	for n, k := range picked {
		t.mention(&ms[n], text, &cands[k], false)
	}
	ms = t.joins.join(text, ms)
	if firsts := t.joins.firstCounts(text, ms); len(firsts) > 0 {
		// Rare: the first count of "de 6 à 18 mois", a phrase of its own.
		dst = append(dst[:base+len(ms)], firsts...)
		ms = dst[base:]
		slices.SortStableFunc(ms, func(a, b timeline.Mention) int { return a.Span.Start - b.Span.Start })
	}
	ends := t.ends(text, w, cands, order, ms, w.ends[:0])
	w.ends = ends
	n := len(ms) + len(ends)
	if n > cap(ms) {
		dst = slices.Grow(dst[:base+len(ms)], len(ends))
		ms = dst[base : base+len(ms)]
	}
	// A range goes before the ends inside it: they start no earlier.
	i, j := len(ms)-1, len(ends)-1
	ms = ms[:n]
	for k := n - 1; j >= 0; k-- {
		if i >= 0 && cands[ends[j]].span.Start < ms[i].Span.Start {
			ms[k] = ms[i]
			i--
		} else {
			t.mention(&ms[k], text, &cands[ends[j]], true)
			j--
		}
	}
	return dst[:base+n]
}

// sortCands appends to order the indices of cands, longest first, then by
// rule, then by start. Where the three and the index fit in 64 bits (any
// article but a huge one), they are sorted as one number: no comparison
// function to call.
func sortCands(order []int32, cands []cand, keys *[]uint64) []int32 {
	const lenBits, ruleBits, startBits, indexBits = 10, 8, 31, 15
	ks := (*keys)[:0]
	fits := len(cands) < 1<<indexBits
	for k := range cands {
		c := &cands[k]
		n, start := c.span.Len(), c.span.Start
		if n >= 1<<lenBits || c.rule >= 1<<ruleBits || start >= 1<<startBits {
			fits = false
			break
		}
		ks = append(ks, uint64(1<<lenBits-1-n)<<(ruleBits+startBits+indexBits)|uint64(c.rule)<<(startBits+indexBits)|
			uint64(start)<<indexBits|uint64(k))
	}
	if fits {
		slices.Sort(ks)
		for _, key := range ks {
			order = append(order, int32(key&(1<<indexBits-1)))
		}
		*keys = ks
		return order
	}
	for k := range cands {
		order = append(order, int32(k))
	}
	slices.SortFunc(order, func(i, j int32) int { return compareCands(&cands[i], &cands[j]) })
	*keys = ks
	return order
}

// compareCands orders candidates longest first, then by rule, then by
// start: a total order, as no two candidates of a rule start together.
func compareCands(a, b *cand) int {
	if d := b.span.Len() - a.span.Len(); d != 0 {
		return d
	}
	if a.rule != b.rule {
		return a.rule - b.rule
	}
	return a.span.Start - b.span.Start
}

// mention writes candidate c in m as a mention, unresolved; part marks an
// end of a range, read on its own. It is written in place, not built then
// copied: a mention is 400 bytes.
//
// Field by field after clearing it: a composite literal was built on the
// stack (a copy of a zero mention), then copied in, three moves of 400
// bytes instead of one clear and the phrase's meaning copied.
func (t *Tagger) mention(m *timeline.Mention, text string, c *cand, part bool) {
	*m = timeline.Mention{}
	m.Span, m.Text, m.Rule = c.span, text[c.span.Start:c.span.End], t.names[c.rule]
	m.Expr = c.found.expr
	m.AnchorIndex, m.Part = -1, part
}

// ends appends to out the candidates that are the ends of each range
// phrase of ms ("18 h" and "23 h" in "de 18 h à 23 h"), in text order, to
// be read on their own, as TIMEX3 annotates the ends of a range. They are
// marked Part: the range dates the event, not they.
func (t *Tagger) ends(text string, w *workspace, cands []cand, order []int32, ms []timeline.Mention, out []int32) []int32 {
	ranges := w.ranges[:0] // in text order, as ms is
	for i := range ms {    // by index: a mention is 400 bytes
		m := &ms[i]
		if m.Expr.Range != nil && m.Expr.Timex == "" || m.Joined { // not one period TIMEX3 writes as one value ("199", "2021-Q3")
			ranges = append(ranges, m.Span)
		}
	}
	w.ranges = ranges
	if len(ranges) == 0 {
		return out
	}
	// The candidates inside the ranges, each with its range, longest
	// first as order has them; in one buffer of the workspace, not a
	// slice a range.
	inside := w.inside[:0]
	for _, k := range order {
		c := &cands[k]
		r := lastFrom(ranges, c.span.Start)
		if r < 0 || c.span.Start >= ranges[r].End || c.pending() && !t.settle(c, text, w) || c.dead {
			continue
		}
		if c.veto || c.expr.Range != nil || !c.expr.Type.IsPoint() || c.expr.Timex == "PAST_REF" || c.expr.Timex == "FUTURE_REF" {
			// An end is a day or a time: "16 heures" in "entre 14 et 16
			// heures" is no duration, "the past" in "the past six weeks"
			// no past.
			continue
		}
		if c.span.End <= ranges[r].End {
			inside = append(inside, [2]int32{int32(r), k})
		}
	}
	w.inside = inside
	// By range; in a range, settled, some are shorter than they were in
	// order.
	slices.SortStableFunc(inside, func(a, b [2]int32) int {
		if a[0] != b[0] {
			return int(a[0] - b[0])
		}
		return compareCands(&cands[a[1]], &cands[b[1]])
	})
	for i := 0; i < len(inside); {
		n := len(out)
		for r := inside[i][0]; i < len(inside) && inside[i][0] == r; i++ {
			k := inside[i][1]
			if !slices.ContainsFunc(out[n:], func(o int32) bool { return cands[o].span.Overlaps(cands[k].span) }) {
				out = append(out, k)
			}
		}
		// The ends of a range do not overlap: by start, they are in text order.
		slices.SortFunc(out[n:], func(a, b int32) int { return cands[a].span.Start - cands[b].span.Start })
	}
	return out
}

// lastFrom is the index of the last of spans, in text order, that
// starts at or before start; -1 if none does. Spans are most often one or
// two, read from the last; many are searched.
func lastFrom(spans []timeline.Span, start int) int {
	if len(spans) > 8 {
		r, found := slices.BinarySearchFunc(spans, start, func(s timeline.Span, start int) int { return s.Start - start })
		if !found {
			r--
		}
		return r
	}
	r := len(spans) - 1
	for r >= 0 && spans[r].Start > start {
		r--
	}
	return r
}

// triggered reports whether the text (its tokens) may hold a phrase of
// rule i: one of its trigger words is there, or it has none.
func (t *Tagger) triggered(i int, toks []token) bool {
	if len(t.triggers[i]) == 0 {
		return true
	}
	for _, tk := range toks {
		if slices.ContainsFunc(t.triggers[i], tk.is) {
			return true
		}
	}
	return false
}

// tailed is a rule whose anchored match ends one rune past its phrase,
// unless the text ends there: timeline/rule's rules without a follow
// pattern.
type tailed interface {
	OneRuneTail() bool
}

// Anchorable is a rule that can be tried at one place of a text:
// timeline/rule's rules are.
type Anchorable interface {
	Anchored() *regexp.Regexp
}

// lookBack is how many words before its trigger word a phrase may start
// ("il y a à peu près un mois": seven words before "mois").
const lookBack = 8

// maxPhrase bounds a phrase, in bytes, for the anchored tries.
const maxPhrase = 120

// A cell of the automaton's transitions holds (state + 1) << 1 in 16
// bits: a walk of a window adds at most maxPhrase states past its bound.
var _ = [1]struct{}{}[(match.MaxStates+maxPhrase+1)<<1>>15]

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// findNear tries the anchored rules only near trigger words, at the start
// of that word and of the few words before it that can open a phrase,
// instead of scanning the whole text: a text costs its trigger words, not
// its length times the rules. The automaton walks once from each such
// word for all the rules it runs; a rule it does not run is tried on its
// own, near its own trigger words.
func (t *Tagger) findNear(cands []cand, text string, toks []token, w *workspace) []cand {
	// next[i] is the first token rule i has not been tried at: trigger
	// words close together share the words before them.
	next := slices.Grow(w.next[:0], len(t.rules))[:len(t.rules)]
	clear(next)
	w.next = next
	near := func(k int, rs []int) {
		for _, i := range rs {
			for j := max(k-lookBack, next[i]); j <= k; j++ {
				if toks[j].info.opens.Has(i) {
					if c, ok := t.try(i, text, int(toks[j].start)); ok {
						cands = append(cands, c)
					}
				}
			}
			next[i] = k + 1
		}
	}
	walked := 0 // the first token the automaton has not walked from
	for k := range toks {
		tk := &toks[k]
		if tk.kind&(wordTriggers|wordFires) == 0 && !tk.digit {
			continue // most words: they trigger nothing (year and joined are digits')
		}
		if tk.kind&wordTriggers != 0 { // few words: the rules the automaton does not run are few
			near(k, tk.info.triggers)
		}
		if tk.year {
			near(k, t.plain[rule.Year])
		}
		if tk.joined {
			near(k, t.plain[rule.Numeric])
		}
		if !t.fires(tk) {
			continue
		}
		for j := max(k-lookBack, walked); j <= k; j++ {
			if toks[j].kind&wordWalks != 0 {
				cands = t.walk(cands, text, toks, j, k, w)
			}
		}
		walked = k + 1
	}
	return cands
}

// try runs anchored rule i at byte start of text with its regexp alone.
func (t *Tagger) try(i int, text string, start int) (cand, bool) {
	if !opensAt(text, start) {
		return cand{}, false
	}
	return t.candOf(i, text, start, t.match(i, text[start:min(len(text), start+maxPhrase)], nil))
}

// walk runs the automaton at byte start of text, and the regexps of the
// rules it says may match there; it walks for the trigger word toks[k].
func (t *Tagger) walk(cands []cand, text string, toks []token, j, k int, w *workspace) []cand {
	start := int(toks[j].start)
	if !opensAt(text, start) {
		return cands
	}
	win := text[start:min(len(text), start+maxPhrase)]
	w.hits = w.auto.Walk(win, w.hits[:0])
	for _, h := range w.hits {
		if i := int(h.Pattern); !toks[j].info.opens.Has(i) || !t.firesRule(&toks[k], i) && !t.triggeredNear(toks, j, i) {
			// Found by walking for another rule: a rule finds its phrases
			// near its own triggers only, wherever others' are.
			continue
		}
		// No match of the rule goes past h.End; the rune after it is all
		// the regexp's assertions can look at, so what it finds depends
		// on these bytes alone, and the same words met again are not
		// matched again.
		cut, i, mm := win, int(h.Pattern), w.memos[h.Pattern]
		if end := int(h.End); end < len(cut) {
			_, size := utf8.DecodeRuneInString(cut[end:])
			cut = cut[:end+size]
		}
		f, ok := mm.found[cut]
		if !ok {
			if h.End > 0 { // the regexp runs only if the phrase can be picked: see settle
				cands = append(cands, cand{span: timeline.Span{Start: start, End: start + int(h.End)}, rule: i, cut: cut})
			}
			continue
		}
		if c, ok := t.candOf(i, text, start, f); ok {
			cands = append(cands, c)
		}
	}
	return cands
}

// settle runs pending candidate c's regexp on its window (or finds what it
// found in the memo) and makes c what it finds; false if that is nothing.
func (t *Tagger) settle(c *cand, text string, w *workspace) bool {
	mm := w.memos[c.rule]
	f, ok := mm.found[c.cut]
	if !ok {
		key := strings.Clone(c.cut) // what a text leaves in the memo is its own
		f = t.match(c.rule, key, mm)
		mm.remember(key, f)
	}
	settled, ok := t.candOf(c.rule, text, c.span.Start, f)
	if !ok {
		c.dead, c.cut = true, ""
		return false
	}
	*c = settled
	return true
}

// pushCand and popCand keep later, indices of cands, a heap in the
// candidates' order (compareCands).
func pushCand(later []int32, k int32, cands []cand) []int32 {
	later = append(later, k)
	for i := len(later) - 1; i > 0; {
		p := (i - 1) / 2
		if compareCands(&cands[later[i]], &cands[later[p]]) >= 0 {
			break
		}
		later[i], later[p] = later[p], later[i]
		i = p
	}
	return later
}

func popCand(later []int32, cands []cand) (int32, []int32) {
	k, n := later[0], len(later)-1
	later[0] = later[n]
	later = later[:n]
	for i := 0; ; {
		m, l, r := i, 2*i+1, 2*i+2
		if l < n && compareCands(&cands[later[l]], &cands[later[m]]) < 0 {
			m = l
		}
		if r < n && compareCands(&cands[later[r]], &cands[later[m]]) < 0 {
			m = r
		}
		if m == i {
			break
		}
		later[i], later[m] = later[m], later[i]
		i = m
	}
	return k, later
}

// fires reports whether tk triggers a rule the automaton runs.
func (t *Tagger) fires(tk *token) bool {
	return tk.kind&wordFires != 0 || tk.year && t.firesYear || tk.joined && t.firesNumeric
}

// triggeredNear reports whether a trigger word of rule i is among the
// lookBack tokens from toks[j] on. (A walk asks first of the word it
// walks for, most often the one: see walk.)
func (t *Tagger) triggeredNear(toks []token, j, i int) bool {
	for k := j; k < len(toks) && k <= j+lookBack; k++ {
		if t.firesRule(&toks[k], i) {
			return true
		}
	}
	return false
}

// firesRule reports whether tk triggers rule i, which the automaton runs.
func (t *Tagger) firesRule(tk *token, i int) bool {
	// The token's kind first: most words fire nothing, told without
	// reading their word.
	return tk.kind&wordFires != 0 && tk.info.fire.Has(i) || tk.year && t.fireYear.Has(i) || tk.joined && t.fireNumeric.Has(i)
}

// opensAt reports whether a phrase may start at byte start of text: not
// inside a word ("15juin": the tokens split it), a number ("1.5") or a
// time ("8:00:31").
func opensAt(text string, start int) bool {
	if start > 0 && start < len(text) && text[start-1] == ' ' && text[start] != '.' && text[start] != ',' {
		return true // the common case, asked at every walk: a word after a space
	}
	if start > 0 {
		r := rune(text[start-1])
		if r >= utf8.RuneSelf {
			r, _ = utf8.DecodeLastRuneInString(text[:start])
		}
		if isWord(r) {
			return false
		}
	}
	return !splitsNumber(text, start) && !afterColon(text, start)
}

// candOf is what rule i found at byte start of text as a candidate.
func (t *Tagger) candOf(i int, text string, start int, f *found) (cand, bool) {
	if f == nil {
		return cand{}, false
	}
	s, e := start+f.left, start+f.right
	if !boundary(text, s, e) {
		return cand{}, false
	}
	return cand{span: timeline.Span{Start: s, End: e}, rule: i, found: f}, true
}

// found is what an anchored rule finds at the start of a window, and what
// it means; its bytes are the window's.
type found struct {
	left, right int
	expr        expr.Expr
	veto        bool
}

// match runs anchored rule i at the start of win, with the submatcher of
// mm when it has one; nil when it finds nothing there, or a phrase it
// skips.
func (t *Tagger) match(i int, win string, mm *memo) *found {
	var idx []int
	if mm != nil && mm.pr.Begin() {
		idx = mm.sub.Submatch(win, mm.pr.NumCap())
	} else {
		idx = t.anchored[i].Anchored().FindStringSubmatchIndex(win)
	}
	if idx == nil {
		return nil
	}
	var m *rules.Match
	if mm != nil {
		// The memo's match, used again: a rule reads its captures and keeps
		// none of them but the strings.
		m = &mm.match
		*m = rules.Match{Left: -1, Captures: mm.match.Captures[:0]}
	} else {
		m = &rules.Match{Left: -1, Captures: make([]string, 0, len(idx)/2-1)}
	}
	for g := 2; g < len(idx); g += 2 {
		if m.Left == -1 && idx[g] >= 0 {
			m.Left = idx[g]
		}
		if idx[g] >= 0 && idx[g+1] >= 0 {
			m.Captures = append(m.Captures, win[idx[g]:idx[g+1]])
			m.Right = idx[g+1]
		} else {
			m.Captures = append(m.Captures, "")
		}
	}
	if m.Left < 0 || m.Right <= m.Left {
		return nil
	}
	m.Text = win[m.Left:m.Right]
	f := &found{left: m.Left, right: m.Right}
	if mr, ok := t.rules[i].(Meaningful); ok {
		ex, ok := mr.Expr(m)
		if ok && rule.Skipped(ex) {
			return nil
		}
		f.expr, f.veto = ex, !ok
	}
	return f
}

// find appends every match of rule r in text.
func (t *Tagger) find(cands []cand, i int, r rules.Rule, text string) []cand {
	for pos := 0; pos < len(text); {
		m := r.Find(text[pos:])
		if m == nil {
			break
		}
		start, end := pos+m.Left, pos+m.Right
		if end <= start || !boundary(text, start, end) {
			// A match that starts inside a word: look again one rune on.
			_, size := utf8.DecodeRuneInString(text[max(start, pos):])
			pos = max(start, pos) + max(size, 1)
			continue
		}
		f := &found{left: m.Left, right: m.Right}
		if mr, ok := r.(Meaningful); ok {
			e, ok := mr.Expr(m)
			if ok && rule.Skipped(e) {
				pos = end
				continue
			}
			f.expr, f.veto = e, !ok
		} else {
			e, ok := fromContext(m)
			f.expr, f.veto = e, !ok
		}
		cands = append(cands, cand{span: timeline.Span{Start: start, End: end}, rule: i, found: f})
		pos = end
	}
	return cands
}

// boundary reports whether [start, end) neither starts nor ends inside a
// word: Go's \b is ASCII-only, so "é" would pass it.
func boundary(text string, start, end int) bool {
	if start > 0 && text[start-1] == ' ' && text[start] != '.' && text[start] != ',' &&
		end < len(text) && end > 0 && text[end] == ' ' && text[end-1] != '.' && text[end-1] != ',' {
		return true // the common case: a phrase between spaces
	}
	if splitsNumber(text, start) || splitsNumber(text, end) {
		return false
	}
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:start])
		if isWord(r) {
			return false
		}
	}
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if isWord(r) {
			return false
		}
	}
	return true
}

// splitsNumber reports whether i falls inside a decimal number, next to
// its point or comma: "5 hours" is no phrase in "1.5 hours", nor "à 14" in
// "à 14,5 km". Four digits before the point are a year ("05/31/2024.14:15").
func splitsNumber(text string, i int) bool {
	sep := -1
	switch {
	case i >= 2 && i < len(text) && (text[i-1] == '.' || text[i-1] == ','):
		sep = i - 1
	case i >= 1 && i+1 < len(text) && (text[i] == '.' || text[i] == ','):
		sep = i
	default:
		return false
	}
	if !isDigit(rune(text[sep-1])) || !isDigit(rune(text[sep+1])) {
		return false
	}
	n := 0
	for j := sep - 1; j >= 0 && isDigit(rune(text[j])); j-- {
		n++
	}
	return n != 4
}

// afterColon reports whether start follows a digit and a colon: the
// minutes or seconds of a time, where no phrase starts.
func afterColon(text string, start int) bool {
	return start >= 2 && text[start-1] == ':' && isDigit(rune(text[start-2]))
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r] // small enough to inline: it is asked at every try
	}
	return isWordBeyondASCII(r)
}

func isWordBeyondASCII(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// asciiWord tells the ASCII bytes of a word: letters, digits and '_', as
// \b has them.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
	}
	return t
}()

// fromContext reads what a plain when rule means by applying it to an empty
// context at a fixed reference: relative shifts become calendar days or
// minutes, absolute fields stay as they are.
func fromContext(m *rules.Match) (expr.Expr, bool) {
	ref := time.Date(2001, 1, 3, 12, 0, 0, 0, time.UTC) // a Wednesday, away from month ends
	var c rules.Context
	ok, err := m.Apply(&c, &rules.Options{Afternoon: 15, Evening: 18, Morning: 8, Noon: 12, Distance: 5}, ref)
	if err != nil || !ok {
		return expr.Expr{}, false
	}
	e := expr.Expr{Type: expr.Date}
	e.Anchor = expr.AnchorDoc
	if d := c.Duration; d != 0 {
		if d%(24*time.Hour) == 0 {
			e.Shift = expr.Shift{N: int(d / (24 * time.Hour)), Unit: expr.Day}
		} else {
			e.Shift = expr.Shift{N: int(d / time.Minute), Unit: expr.Minute}
			e.Grain, e.Type = expr.GrainMinute, expr.Time
		}
	}
	if c.Year != nil {
		e.Year, e.Anchor = *c.Year, expr.AnchorNone
	}
	if c.Month != nil {
		e.Month = *c.Month
	}
	if c.Day != nil {
		e.Day = *c.Day
	}
	if c.Weekday != nil {
		e.Weekday = expr.Some(*c.Weekday)
	}
	if c.Hour != nil {
		e.Hour, e.Type = expr.Some(*c.Hour), expr.Time
		if c.Minute != nil {
			e.Minute = *c.Minute
		}
	}
	if e.Month > 0 && e.Day == 0 {
		e.Grain = expr.GrainMonth
	}
	return e, true
}
