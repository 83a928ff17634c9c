package tag

import (
	"sync"

	"github.com/olebedev/when/rules"

	"frise/timeline"
	"frise/timeline/tag/internal/match"
)

// workspace is what a TagText call works with and the next one can use
// again: the automaton's states, the rules' memos, and buffers.
type workspace struct {
	auto   *match.Automaton
	memos  []*memo
	hits   []match.Hit
	toks   []token
	cands  []cand
	taken  []bool
	order  []int32
	keys   []uint64 // sortCands' keys
	picked []int32
	later  []int32 // pending candidates settled shorter, back in line
	ends   []int32
	ranges []timeline.Span // ends' ranges
	inside [][2]int32      // ends' candidates inside them, with their range
	next   []int           // findNear's next try of each rule
	lex    lexicon
	lower  []byte // a word lowered
	digits *word  // the word of every run of digits, once learnt
}

// maxKept bounds the buffers a workspace keeps, in elements, so that one
// huge article does not hold its memory for the rest of a run.
const maxKept = 1 << 16

// workspaces hands each concurrent TagText call a workspace of its own.
type workspaces struct {
	mu   sync.Mutex
	free []*workspace
}

func (ws *workspaces) get(progs []*match.Prog, m *match.Machine) *workspace {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	if n := len(ws.free); n > 0 {
		w := ws.free[n-1]
		ws.free = ws.free[:n-1]
		return w
	}
	w := &workspace{memos: make([]*memo, len(progs))}
	if m != nil {
		w.auto = match.NewAutomaton(m)
	}
	for i, pr := range progs {
		if pr != nil {
			w.memos[i] = newMemo(pr)
		}
	}
	return w
}

func (ws *workspaces) put(w *workspace) {
	if cap(w.toks) > maxKept {
		w.toks = nil
	}
	if cap(w.cands) > maxKept {
		w.cands = nil
	}
	if cap(w.picked) > maxKept || cap(w.order) > maxKept || cap(w.ends) > maxKept || cap(w.keys) > maxKept || cap(w.later) > maxKept ||
		cap(w.ranges) > maxKept || cap(w.inside) > maxKept {
		w.picked, w.order, w.ends, w.keys, w.later, w.ranges, w.inside = nil, nil, nil, nil, nil, nil, nil
	}
	if cap(w.taken) > 16*maxKept {
		w.taken = nil
	}
	ws.mu.Lock()
	defer ws.mu.Unlock()
	ws.free = append(ws.free, w)
}

// memo is what a worker keeps of one rule: what its regexp found in the
// windows already met, and its submatcher.
type memo struct {
	pr    *match.Prog
	found map[string]*found
	sub   match.Submatcher // the regexp's captures, found without Go's regexp
	match rules.Match      // what the rule is given to read, each time
}

func newMemo(pr *match.Prog) *memo {
	return &memo{pr: pr, found: map[string]*found{}, sub: pr.Submatcher()}
}

// maxMemo bounds the windows a memo remembers (each about 400 bytes). It
// pays where text repeats (the same dispatch in many papers, the same
// datelines), not on text never seen.
const maxMemo = 512

func (r *memo) remember(win string, f *found) {
	if len(r.found) >= maxMemo {
		clear(r.found)
	}
	r.found[win] = f
}
