package timeline

import (
	"sync"
	"time"

	"frise/timeline/expr"
)

// Resolver resolves articles as Resolve does, and remembers the values it
// gave: wire copy names the same days ("mercredi", "hier", "le 5
// janvier") from the same article dates again and again, and an article
// dated by its month alone is resolved once for each day the month
// allows. What it remembers is bounded. It is safe for concurrent use;
// the values are the same, byte for byte, as Resolve's.
type Resolver struct {
	mu    sync.Mutex
	free  []*resolveMemo
	limit int // entries a memo keeps; maxMemo when 0
}

// NewResolver returns a Resolver that remembers nothing yet.
func NewResolver() *Resolver { return &Resolver{} }

// Resolve is Resolve, with what r remembers.
func (r *Resolver) Resolve(a *Article, ms []Mention, opt ResolveOptions) Value {
	m := r.get()
	defer r.put(m)
	return resolve(a, ms, opt, m)
}

func (r *Resolver) get() *resolveMemo {
	r.mu.Lock()
	defer r.mu.Unlock()
	if n := len(r.free); n > 0 {
		m := r.free[n-1]
		r.free = r.free[:n-1]
		return m
	}
	limit := r.limit
	if limit <= 0 {
		limit = maxMemo
	}
	return &resolveMemo{index: make(map[uint64]int32, blockSize), limit: limit}
}

func (r *Resolver) put(m *resolveMemo) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.free = append(r.free, m)
}

// maxMemo bounds the values a memo keeps (416 bytes each: 1.7 MB).
const maxMemo = 1 << 12

// resolveMemo is what one resolution at a time remembers: entries found
// by a fingerprint of their key, then compared whole. They are kept in
// blocks, never moved: a memo grows without copying what it holds.
type resolveMemo struct {
	index  map[uint64]int32 // the last entry of each fingerprint
	blocks [][]memoEntry
	n      int // entries
	limit  int
	day    time.Time // the day of dayV
	dayV   Value
	// seen marks the fingerprints met once: a value is kept the second
	// time its key comes, so that news never seen, where most phrases
	// come once, costs no entries.
	seen [1 << 10]uint64
	// dirs is lent to each article resolved (dirsFor): made for each, a
	// mention's reader of its direction was the resolver's largest
	// allocation.
	dirs []dirFor
}

// maxKeptDirs bounds the dirs a memo keeps for the next article.
const maxKeptDirs = 1 << 12

// dirsFor is n dirFor, the memo's own if it has one.
func (r *resolveMemo) dirsFor(n int) []dirFor {
	if r == nil || n > maxKeptDirs {
		return make([]dirFor, n)
	}
	if cap(r.dirs) < n {
		r.dirs = make([]dirFor, n, max(n, 2*cap(r.dirs)))
	}
	return r.dirs[:n]
}

// release clears dirs, lent by dirsFor, which point into an article.
func (r *resolveMemo) release(dirs []dirFor) {
	if r != nil {
		clear(dirs)
	}
}

const blockSize = 64

// dayValue is dayValue(d), the last one kept: the articles of a corpus
// come from few days.
func (r *resolveMemo) dayValue(d time.Time) Value {
	if r == nil {
		return dayValue(d)
	}
	if !r.day.Equal(d) || r.day.Location() != d.Location() || r.dayV.IsZero() {
		r.day, r.dayV = d, dayValue(d)
	}
	return r.dayV
}

func (r *resolveMemo) entry(i int32) *memoEntry { return &r.blocks[i/blockSize][i%blockSize] }

// memoKey is all that resolveOne reads but the direction, which it reads
// only for some phrases, and only then is it asked for, and the value the
// phrase counts from, for the phrases that count from one (ranges pass it
// to their ends): that one is kept beside, compared only then.
type memoKey struct {
	e       expr.Expr
	ref     time.Time
	hasPrev bool
}

type memoEntry struct {
	k    memoKey
	prev *Value // when k.hasPrev
	// v is the value; when it depended on the direction (directed), the
	// value for direction d, the values for the other directions met in
	// more.
	v        Value
	d        direction
	directed bool
	more     []dirValue
	next     int32 // the entry before of the same fingerprint, or -1
}

type dirValue struct {
	d direction
	v Value
}

// fingerprint mixes the fields that tell most phrases apart; the rest are
// compared when an entry is found.
func fingerprint(e *expr.Expr, ref time.Time, prev *Value) uint64 {
	const k = 0x9E3779B97F4A7C15
	h := uint64(ref.Unix()) * k
	h = (h ^ uint64(e.Year)<<32 ^ uint64(e.Month)<<24 ^ uint64(e.Day)<<16 ^ uint64(e.Weekday.Or(-1)+1)<<8 ^ uint64(e.Season)) * k
	h = (h ^ uint64(e.Hour.Or(-1)+1)<<40 ^ uint64(e.Minute)<<32 ^ uint64(e.Shift.N)<<8 ^ uint64(e.Shift.Unit)) * k
	h = (h ^ uint64(e.Then.N)<<40 ^ uint64(e.Head.N)<<24 ^ uint64(e.Open+4)<<16 ^ uint64(len(e.Type))<<8 ^ uint64(len(e.Timex))) * k
	h = (h ^ uint64(e.Anchor)<<32 ^ uint64(e.Dir)<<24 ^ uint64(e.Part)<<16 ^ uint64(e.Grain)<<8 ^ uint64(e.Mod)) * k
	if prev != nil {
		h = (h ^ uint64(prev.From.Unix())) * k
	}
	return h ^ h>>29
}

// resolve is resolveOne, remembered. The direction of the phrase is read
// (and the mention's Tense set) exactly when resolveOne would read it.
// The key is built only to be kept: a lookup compares in place.
func (r *resolveMemo) resolve(e *expr.Expr, prev *Value, dir *dirFor, ref time.Time) Value {
	if r == nil {
		return resolveOne(*e, prev, dir, ref)
	}
	kp := prev // the value counted from, in the key: for the phrases that count from one
	if kp != nil && !(e.Anchor == expr.AnchorPrev || e.Same || e.Range != nil) {
		kp = nil
	}
	h := fingerprint(e, ref, kp)
	i, ok := r.index[h]
	for ok && i >= 0 {
		if m := r.entry(i); m.k.hasPrev == (kp != nil) && m.k.ref == ref && m.k.e == *e && (kp == nil || *m.prev == *kp) {
			break
		}
		i = r.entry(i).next
	}
	if ok && i >= 0 {
		m := r.entry(i)
		if !m.directed {
			return m.v
		}
		d := dir.get()
		if m.d == d {
			return m.v
		}
		for _, dv := range m.more {
			if dv.d == d {
				return dv.v
			}
		}
		v := resolveOne(*e, prev, dir, ref)
		m.more = append(m.more, dirValue{d, v})
		return v
	}
	if bit := h % (64 * uint64(len(r.seen))); r.seen[bit/64]&(1<<(bit%64)) == 0 {
		r.seen[bit/64] |= 1 << (bit % 64)
		return resolveOne(*e, prev, dir, ref)
	}
	asked := dir.asked
	dir.asked = false
	v := resolveOne(*e, prev, dir, ref)
	directed := dir.asked
	dir.asked = dir.asked || asked
	if r.n >= r.limit {
		clear(r.seen[:])
		clear(r.index)
		for _, b := range r.blocks {
			clear(b) // what the values hold goes with them
		}
		r.n = 0
	}
	if r.n/blockSize == len(r.blocks) {
		r.blocks = append(r.blocks, make([]memoEntry, blockSize))
	}
	m := r.entry(int32(r.n))
	*m = memoEntry{k: memoKey{e: *e, ref: ref, hasPrev: kp != nil}, v: v, directed: directed, next: -1}
	if kp != nil {
		p := *kp
		m.prev = &p
	}
	if directed {
		m.d = dir.get()
	}
	if j, ok := r.index[h]; ok {
		m.next = j
	}
	r.index[h] = int32(r.n)
	r.n++
	return v
}
