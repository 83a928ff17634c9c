package lang

import (
	"strings"
	"unicode"
)

// CueKind says, as bits, which of a Language's lists of cue words a word
// (lower case, letters and hyphens) is on: the core reads every word of an
// article's clauses against them, and looks each word up once, in one
// index (CueIndex), rather than in every list for every clause that holds
// it.
type CueKind uint32

const (
	CueReporting CueKind = 1 << iota
	CueComplementizer
	CueHabitual
	CuePluperfect
	CueCoordinator
	CueIntends
	CueInfinitive
	// CuePairStart: the first word of one of HabitualPairs ("used" of
	// "used to").
	CuePairStart
	// CueDetacherStart: the first word of one of Detachers of several
	// words, its letters alone ("par" of "par rapport à", "d" of "d'ici
	// à").
	CueDetacherStart
	// CueSubordinatorStart: the first word of one of Subordinators, its
	// letters alone ("bien" of "bien que", "puisqu" of "puisqu'").
	CueSubordinatorStart
	// CueContinuerStart: the first word of one of Continuers ("peu" of
	// "peu après").
	CueContinuerStart
)

// CueIndex is a Language's cue words by their kinds (see CueKind).
type CueIndex struct {
	kinds map[string]CueKind
	// sieve passes every word of kinds and few others: most words of a
	// text are looked up in it alone (see Tenses).
	sieve sieve
	// seconds are the second words of the Detachers of several words
	// (their letters alone; "" for none), by their first.
	seconds map[string][]string
	// unfiltered: a Detachers, Subordinators or Continuers entry does
	// not open with a letter, so that its first word tells nothing of
	// where it may be (see Filters).
	unfiltered bool
}

// IndexOf indexes the cue words of l. The index is read-only; it is built
// from l's lists as they are, and must be built again if they change.
func IndexOf(l *Language) *CueIndex {
	x := &CueIndex{kinds: map[string]CueKind{}}
	for kind, list := range map[CueKind]map[string]bool{CueReporting: l.Reporting, CueComplementizer: l.Complementizers,
		CueHabitual: l.Habitual, CuePluperfect: l.Pluperfect, CueCoordinator: l.Coordinators, CueIntends: l.Intends,
		CueInfinitive: l.Infinitives} {
		for w, ok := range list {
			if ok {
				x.kinds[w] |= kind
			}
		}
	}
	for _, p := range l.HabitualPairs {
		if n := strings.IndexByte(p, ' '); n > 0 {
			x.kinds[p[:n]] |= CuePairStart
		}
	}
	starts := func(list []string, kind CueKind, several bool) {
		for _, d := range list {
			if several && !strings.Contains(d, " ") {
				continue
			}
			w := firstWord(d)
			if w == "" {
				x.unfiltered = true
				continue
			}
			x.kinds[w] |= kind
		}
	}
	starts(l.Detachers, CueDetacherStart, true)
	x.seconds = map[string][]string{}
	for _, d := range l.Detachers {
		if first := firstWord(d); first != "" && strings.Contains(d, " ") {
			rest := strings.TrimLeftFunc(d[len(first):], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
			x.seconds[first] = append(x.seconds[first], firstWord(rest))
		}
	}
	starts(l.Subordinators, CueSubordinatorStart, false)
	starts(l.Continuers, CueContinuerStart, false)
	for w := range x.kinds {
		x.sieve.add(w)
	}
	return x
}

// Kind returns the kinds of the word lw (lower case); 0 for none, or for
// a nil index.
func (x *CueIndex) Kind(lw string) CueKind {
	if x == nil || !x.sieve.has(lw) {
		return 0
	}
	return x.kinds[lw]
}

// Filters reports whether a Detachers entry of several words, a
// Subordinators or a Continuers entry can stand only where its first
// word, as CueDetacherStart, CueSubordinatorStart and CueContinuerStart
// index it, stands as a word of its own.
func (x *CueIndex) Filters() bool { return x != nil && !x.unfiltered }

// firstWord is the letters and hyphens s opens with.
func firstWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) && r != '-' {
			return s[:i]
		}
	}
	return s
}

// DetacherSeconds returns the second words (their letters alone, "" for
// none) of the Detachers of several words whose first word is first.
func (x *CueIndex) DetacherSeconds(first string) []string {
	if x == nil {
		return nil
	}
	return x.seconds[first]
}
