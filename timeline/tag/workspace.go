package tag

import "sync"

// workspace is what a TagText call works with and the next one can use
// again: the automaton's states, the rules' memos, and buffers.
type workspace struct {
	auto   *automaton
	memos  []*memo
	hits   []hit
	toks   []token
	cands  []cand
	taken  []bool
	order  []int32
	keys   []uint64 // sortCands' keys
	picked []int32
	later  []int32 // pending candidates settled shorter, back in line
	ends   []int32
	next   []int // findNear's next try of each rule
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

func (ws *workspaces) get(progs []*prog, m *machine) *workspace {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	if n := len(ws.free); n > 0 {
		w := ws.free[n-1]
		ws.free = ws.free[:n-1]
		return w
	}
	w := &workspace{memos: make([]*memo, len(progs))}
	if m != nil {
		w.auto = newAutomaton(m)
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
	if cap(w.picked) > maxKept || cap(w.order) > maxKept || cap(w.ends) > maxKept || cap(w.keys) > maxKept || cap(w.later) > maxKept {
		w.picked, w.order, w.ends, w.keys, w.later = nil, nil, nil, nil, nil
	}
	if cap(w.taken) > 16*maxKept {
		w.taken = nil
	}
	ws.mu.Lock()
	defer ws.mu.Unlock()
	ws.free = append(ws.free, w)
}
