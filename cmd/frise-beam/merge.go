package main

import (
	"cmp"
	"context"
	"hash/fnv"
	"io"
	"slices"
	"strings"

	"frise/render/export"
	"frise/timeline"
)

// joinFn joins the articles that share a merge key (see mergeKeys): a
// chain of edges through them, in input order. A "*" key joins them only
// when one of its reports is long.
func joinFn(key string, marked func(*string) bool, emit func(string, string)) {
	long := !strings.HasPrefix(key, "*")
	seen := map[string]bool{}
	var orders []string
	var m string
	for marked(&m) {
		if m[0] == 'L' {
			long = true
		}
		if o := m[1:]; !seen[o] {
			seen[o] = true
			orders = append(orders, o)
		}
	}
	if !long || len(orders) < 2 {
		return
	}
	slices.Sort(orders)
	for i := 1; i < len(orders); i++ {
		emit(orders[i-1], orders[i])
	}
}

// componentsFn finds the connected sets of joined articles. It is the
// pipeline's one step on a single key, and holds article positions only
// (no text, no report): union-find over the edges, each article then
// named by the first article of its component in input order.
func componentsFn(_ int, edges func(*Edge) bool, emit func(string, string)) {
	parent := map[string]string{}
	var find func(string) string
	find = func(a string) string {
		p, ok := parent[a]
		if !ok {
			parent[a] = a
			return a
		}
		if p == a {
			return a
		}
		r := find(p)
		parent[a] = r
		return r
	}
	var e Edge
	for edges(&e) {
		a, b := find(e.A), find(e.B)
		if a == b {
			continue
		}
		if a < b {
			parent[b] = a
		} else {
			parent[a] = b
		}
	}
	keys := make([]string, 0, len(parent))
	for k := range parent {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		emit(k, find(k))
	}
}

// Edge joins two articles, by their Order.
type Edge struct{ A, B string }

func edgeOf(a, b string) Edge { return Edge{a, b} }

func keyByOrder(r Record) (string, Record) { return r.Order, r }

// assignFn gives each article its component (itself when it was joined to
// none) and the shard of the chronology that component goes to.
type assignFn struct{ Shards int }

func (f *assignFn) ProcessElement(order string, recs func(*Record) bool, comps func(*string) bool, emit func(int, Record)) {
	comp := order
	var c string
	for comps(&c) {
		comp = c
	}
	var r Record
	for recs(&r) {
		r.Comp = comp
		emit(shardOf(comp, f.Shards), r)
	}
}

func shardOf(key string, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

// chronFn writes one shard of the chronology: its components one at a
// time, each merged by the library (timeline.MergeWith on the component's
// articles in input order), then the shard's articles in input order and
// its events in the chronology's order, as frise build --format json
// writes them (export.JSON). With one shard, that is the whole chronology.
type chronFn struct {
	Settings Settings
	Output   string
	Shards   int
	p        *proc
}

func (f *chronFn) Setup() error {
	p, err := newProc(f.Settings)
	f.p = p
	return err
}

func (f *chronFn) ProcessElement(ctx context.Context, shard int, recs func(*Record) bool) error {
	// Which articles of which files, in which component.
	want := map[string]map[int]Record{}
	var r Record
	for recs(&r) {
		if want[r.File] == nil {
			want[r.File] = map[int]Record{}
		}
		want[r.File][r.Seq] = r
	}
	files := make([]string, 0, len(want))
	for file := range want {
		files = append(files, file)
	}
	slices.Sort(files)
	type article struct {
		r Record
		a *timeline.Article
	}
	byComp := map[string][]article{}
	for _, file := range files {
		seqs := map[int]bool{}
		for i := range want[file] {
			seqs[i] = true
		}
		for i, a := range f.p.readAgain(ctx, file, seqs) {
			r := want[file][i]
			byComp[r.Comp] = append(byComp[r.Comp], article{r, a})
		}
		if f.p.err != nil {
			return f.p.err
		}
	}
	comps := make([]string, 0, len(byComp))
	for c := range byComp {
		comps = append(comps, c)
	}
	slices.Sort(comps)
	type info struct {
		order string
		a     timeline.ArticleInfo
	}
	var infos []info
	var c timeline.Chronology
	orderOf := map[[2]string]string{} // by file and ID
	for _, comp := range comps {
		as := byComp[comp]
		delete(byComp, comp) // one component's reports at a time
		slices.SortFunc(as, func(a, b article) int { return cmp.Compare(a.r.Order, b.r.Order) })
		results := make([]timeline.Result, 0, len(as))
		for _, a := range as {
			orderOf[[2]string{a.a.File, a.a.ID}] = a.r.Order
			res, err := f.p.Process(ctx, a.a)
			if err != nil {
				return err // it was processed once already: no input's fault
			}
			results = append(results, res)
		}
		part := f.p.Merge(results) // timeline.MergeWith with frise's options
		for i, a := range part.Articles {
			infos = append(infos, info{as[i].r.Order, a})
		}
		c.Events = append(c.Events, part.Events...)
		c.Undated = append(c.Undated, part.Undated...)
	}
	slices.SortFunc(infos, func(a, b info) int { return cmp.Compare(a.order, b.order) })
	for _, in := range infos {
		c.Articles = append(c.Articles, in.a)
	}
	// Undated events are listed by article, in input order (timeline.Merge).
	slices.SortStableFunc(c.Undated, func(a, b timeline.Event) int {
		return cmp.Compare(orderOf[[2]string{a.Sources[0].File, a.Sources[0].Article}], orderOf[[2]string{b.Sources[0].File, b.Sources[0].Article}])
	})
	// MergeWith's own order: earliest start, latest end, article, offset.
	slices.SortStableFunc(c.Events, func(a, b timeline.Event) int {
		return cmp.Or(a.Value.From.Compare(b.Value.From), b.Value.To.Compare(a.Value.To),
			cmp.Compare(a.Sources[0].Article, b.Sources[0].Article), cmp.Compare(a.Sources[0].ClauseSpan.Start, b.Sources[0].ClauseSpan.Start))
	})
	name := shardName(f.Output, "chronology", shard, f.Shards, ".json")
	return writeFile(ctx, name, func(w io.Writer) error { return export.JSON(w, c) })
}
