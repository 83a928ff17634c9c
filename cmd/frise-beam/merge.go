package main

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/top"

	"frise/render/export"
	"frise/timeline"
)

// The merge, as keyed shuffles. frise build's merge (timeline.MergeWith)
// indexes each dated report under a key per content word and calendar day
// it covers (timeline.MergeKeys; a report longer than three days under
// the word alone), and compares each report with the latest
// timeline.MergeCandidates reports, before it in the order of the
// chronology's events, of each key it looks up (its days and three on
// each side). Two reports that share enough words, through those keys,
// are one event (timeline.Alike), and one event is every report joined to
// it by a chain of such pairs. Here:
//
//  1. filed: reports by key, each key reduced to its latest
//     MergeCandidates reports by a combiner (top.LargestPerKey): a key
//     never holds more, whatever the corpus;
//  2. met: each key's candidates with the reports that look it up, which
//     stream past them; a pair met is keyed by the two reports;
//  3. alike: each pair's words (one per word it met through), and
//     whether the two are one event: an edge;
//  4. components: label propagation over the edges, keyed by report, each
//     holding its neighbours (reports of its own event); a fixed number
//     of rounds, then the labels still unsettled (a chain of reports longer
//     than the rounds) are settled on one key that holds those labels
//     alone;
//  5. events: reports by component, each component one event
//     (timeline.JoinEvents): the largest key holds one event's reports.
//
// Pin (timeline.Pin) runs 1-5 once on the reports as read: in each event,
// the first report (in chronology order) whose day is exact fixes the day
// of the month-dated articles whose reports in it count from their day;
// an article takes the first event that pins it, and is read again from
// that day (timeline.PinArticle), keyed by its file. Then 1-5 run again
// on the reports of the articles as pinned, and the events are written.

// Report is one dated event of one article, as the merge needs it: where
// it sorts, what it is filed and looked up under, and the event itself.
type Report struct {
	// Order sorts reports as Merge orders the chronology's events:
	// earliest start, latest end, article in input order, offset, place
	// in the article.
	Order string
	// Key is a hash of Order: the report's name in the shuffles that
	// find its event, where an Order would be most of what is moved. Two
	// reports of one key fail the pipeline (labelled), never merge.
	Key uint64
	// Article names the article (file and ID) and ArtOrder places it in
	// the input; File and Seq say where to read it again.
	Article, ArtOrder, File string
	Seq                     int
	// ID and Offset are its article's ID and its clause's offset (in the
	// normalised text), by which the chronology's last sort orders it.
	ArtID  string
	Offset int
	// Words counts its content words; Filed and Looks are its keys
	// (keyOf).
	Words        int
	Filed, Looks []string
	// From and To bound its value (Unix seconds and nanoseconds).
	FromS, ToS int64
	FromN, ToN int
	// Fixes: its day is exact (timeline.FixesDay); Day is that day's
	// start, in its zone (Zone, ZoneOff).
	Fixes   bool
	Day     int64
	Zone    string
	ZoneOff int
	// Pinnable: its date counts RelDay days from its article's day.
	Pinnable bool
	RelDay   int
	// Source and Date name the report's source for a pin's reason.
	Source, Date string
	// Event is the event as a JSON chronology of it and its article
	// (export.JSON, read back by export.ReadJSON).
	Event []byte
}

// Cand is a report as a key holds it, to be compared with.
type Cand struct {
	Order, Article string
	Key            uint64
	Words          int
	FromS, ToS     int64
	FromN, ToN     int
}

func candOf(r Report) Cand {
	return Cand{r.Order, r.Article, r.Key, r.Words, r.FromS, r.ToS, r.FromN, r.ToN}
}

func (c Cand) value() timeline.Value {
	return timeline.Value{From: time.Unix(c.FromS, int64(c.FromN)), To: time.Unix(c.ToS, int64(c.ToN))}
}

// Edge joins two reports of one event, by Key.
type Edge struct{ A, B uint64 }

// Node is a report with its label (the least Order it has heard of in its
// event) and its neighbours.
type Node struct {
	ID, Label uint64
	Nbrs      []uint64
}

// Msg is what a node hears in a round: itself, or a neighbour's label.
type Msg struct {
	Self  bool
	Node  Node
	Label uint64
}

// keyOf writes a merge key: its word and day.
func keyOf(k timeline.MergeKey) string { return fmt.Sprintf("%s\x00%d", k.Word, k.Day) }

// reportsOf makes the reports of an article's dated events, keyed as opt
// merges them; artOrder is the article's place in the input.
func reportsOf(res timeline.Result, opt timeline.MergeOptions, info timeline.ArticleInfo, artOrder, file string, seq int, emit func(Report)) error {
	a := res.Article
	article := a.File + "\x00" + a.ID
	for k, e := range res.Events {
		if e.DatedBy == timeline.Undated {
			continue
		}
		var b bytes.Buffer
		if err := export.JSON(&b, timeline.Chronology{Articles: []timeline.ArticleInfo{info}, Events: []timeline.Event{e}}); err != nil {
			return err
		}
		order := eventOrder(e.Value, artOrder, e.Sources[0].ClauseSpan.Start, k)
		r := Report{
			Order: order, Key: keyHash(order),
			Article: article, ArtOrder: artOrder, File: file, Seq: seq,
			ArtID: a.ID, Offset: e.Sources[0].ClauseSpan.Start,
			FromS: e.Value.From.Unix(), FromN: e.Value.From.Nanosecond(),
			ToS: e.Value.To.Unix(), ToN: e.Value.To.Nanosecond(),
			Source: sourceName(e.Sources[0]), Date: e.Sources[0].Date.Timex,
			Event: b.Bytes(),
		}
		words, filed, looks := timeline.MergeKeys(e, opt)
		r.Words = len(words)
		for _, k := range filed {
			r.Filed = append(r.Filed, keyOf(k))
		}
		for _, k := range looks {
			r.Looks = append(r.Looks, keyOf(k))
		}
		if timeline.FixesDay(e) {
			r.Fixes = true
			y, m, d := e.Value.From.Date()
			day := time.Date(y, m, d, 0, 0, 0, 0, e.Value.From.Location())
			r.Day = day.Unix()
			r.Zone = e.Value.From.Location().String()
			_, r.ZoneOff = e.Value.From.Zone()
		}
		if timeline.Pinnable(e) {
			r.Pinnable, r.RelDay = true, *e.Value.RelDay
		}
		emit(r)
	}
	return nil
}

func keyHash(order string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(order))
	return h.Sum64()
}

func sourceName(p timeline.Provenance) string { return cmp.Or(p.Source, p.Article) }

// eventOrder is a string that sorts as Merge sorts events: From, then To
// latest first, then the article's input order, the clause's offset and
// the event's place in its article (Merge's sort is stable).
func eventOrder(v timeline.Value, artOrder string, offset, k int) string {
	return fmt.Sprintf("%s%s%s\x00%012d%08d", timeKey(v.From, false), timeKey(v.To, true), artOrder, offset, k)
}

// timeKey writes an instant so that strings sort as instants do (or in
// reverse): seconds offset to be positive, then nanoseconds.
func timeKey(t time.Time, reverse bool) string {
	s, n := uint64(t.Unix()+1<<62), uint64(t.Nanosecond())
	if reverse {
		s, n = ^s, 999_999_999-n
	}
	return fmt.Sprintf("%016x%08x", s, n)
}

// sameEvents groups the reports of one event (steps 1-4): each report in
// an event of two reports or more, with its event's label.
func sameEvents(s beam.Scope, reports beam.PCollection, set Settings, rounds int) beam.PCollection {
	filed := beam.ParDo(s, fileFn, reports)
	latest := top.LargestPerKey(s, filed, timeline.MergeCandidates, lessCand)
	edges := beam.ParDo(s, &meetFn{Settings: set}, reports, beam.SideInput{Input: latest})
	return components(s, edges, rounds)
}

func fileFn(r Report, emit func(string, Cand)) {
	c := candOf(r)
	for _, k := range r.Filed {
		emit(k, c)
	}
}

func lessCand(a, b Cand) bool { return a.Order < b.Order }

// meetFn compares a report that looks keys up with each key's latest
// reports before it, of other articles, as MergeWith's candidates: the
// keys' lists come from a side input read key by key (a multimap: a
// runner fetches the keys a worker asks for), so no pair is shuffled. It
// counts the words through which it met each (one per word), and joins
// those alike.
type meetFn struct {
	Settings Settings
	p        *proc
	// lists holds the keys' lists read: reports of one story look up the
	// same keys, and a side input read is a round trip to the runner (the
	// side input is the same for every element). At most maxLists are
	// kept.
	lists map[string][]Cand
}

const maxLists = 1 << 14

func (f *meetFn) Setup() error {
	p, err := newProc(f.Settings)
	f.p = p
	return err
}

// list returns key's latest reports, from the side input or the lists
// read already.
func (f *meetFn) list(key string, latest func(string) func(*[]Cand) bool) []Cand {
	if l, ok := f.lists[key]; ok {
		return l
	}
	if f.lists == nil {
		f.lists = map[string][]Cand{}
	}
	var l, cs []Cand
	for it := latest(key); it(&cs); {
		l = append(l, cs...)
	}
	if len(f.lists) >= maxLists {
		clear(f.lists)
	}
	f.lists[key] = l
	return l
}

func (f *meetFn) ProcessElement(i Report, latest func(string) func(*[]Cand) bool, emit func(Edge)) {
	if len(i.Looks) == 0 {
		return
	}
	type met struct {
		c     Cand
		words map[string]bool
	}
	byJ := map[uint64]*met{}
	var order []Cand
	for _, key := range i.Looks {
		word, _, _ := strings.Cut(key, "\x00")
		for _, j := range f.list(key, latest) {
			if j.Order >= i.Order || j.Article == i.Article {
				continue
			}
			m := byJ[j.Key]
			if m == nil {
				m = &met{c: j, words: map[string]bool{}}
				byJ[j.Key] = m
				order = append(order, j)
			}
			m.words[word] = true
		}
	}
	slices.SortFunc(order, func(a, b Cand) int { return cmp.Compare(a.Order, b.Order) })
	ci := candOf(i)
	for _, j := range order {
		m := byJ[j.Key]
		if timeline.Alike(len(m.words), ci.Words, m.c.Words, ci.value(), m.c.value(), f.p.MergeOptions()) {
			emit(Edge{j.Key, i.Key})
		}
	}
}

// components labels each report joined to another by its event's label,
// the least Order of its reports.
func components(s beam.Scope, edges beam.PCollection, rounds int) beam.PCollection {
	s = s.Scope("components")
	nodes := beam.ParDo(s, nodeOf, beam.GroupByKey(s, beam.ParDo(s, bothWays, edges)))
	for range rounds {
		nodes = beam.ParDo(s, roundFn, beam.GroupByKey(s, beam.ParDo(s, tellFn, nodes)))
	}
	// Labels that still differ across an edge: a chain longer than the
	// rounds. They alone go to one key and are settled there.
	checked := beam.ParDo(s, tellFn, nodes)
	settled, unsettled := beam.ParDo2(s, checkFn, beam.GroupByKey(s, checked))
	roots := beam.ParDo(s, rootsFn, beam.GroupByKey(s, beam.AddFixedKey(s, unsettled)))
	return beam.ParDo(s, relabelFn, beam.CoGroupByKey(s, settled, roots))
}

func bothWays(e Edge, emit func(uint64, uint64)) {
	emit(e.A, e.B)
	emit(e.B, e.A)
}

func nodeOf(id uint64, nbrs func(*uint64) bool) Node {
	n := Node{ID: id, Label: id}
	var b uint64
	for nbrs(&b) {
		n.Nbrs = append(n.Nbrs, b)
		n.Label = min(n.Label, b)
	}
	return n
}

// tellFn sends a node to itself and its label to its neighbours.
func tellFn(n Node, emit func(uint64, Msg)) {
	emit(n.ID, Msg{Self: true, Node: n})
	for _, b := range n.Nbrs {
		emit(b, Msg{Label: n.Label})
	}
}

// gather reads what a node was told: itself, and its neighbours' labels.
func gather(msgs func(*Msg) bool) (n Node, heard []uint64) {
	var m Msg
	for msgs(&m) {
		if m.Self {
			n = m.Node
		} else {
			heard = append(heard, m.Label)
		}
	}
	return n, heard
}

// roundFn takes the least label a node heard.
func roundFn(_ uint64, msgs func(*Msg) bool) Node {
	n, heard := gather(msgs)
	for _, l := range heard {
		n.Label = min(n.Label, l)
	}
	return n
}

// checkFn emits each node keyed by its label, and each pair of labels an
// edge still joins.
func checkFn(ctx context.Context, _ uint64, msgs func(*Msg) bool, settled func(uint64, uint64), unsettled func(Edge)) {
	n, heard := gather(msgs)
	for _, l := range heard {
		if l != n.Label {
			beam.NewCounter("frise", "unsettled").Inc(ctx, 1)
			unsettled(Edge{l, n.Label})
		}
	}
	settled(n.Label, n.ID)
}

// rootsFn settles the labels still unsettled: union-find over them, each
// named by the least of its set.
func rootsFn(_ int, edges func(*Edge) bool, emit func(uint64, uint64)) {
	parent := map[uint64]uint64{}
	var find func(uint64) uint64
	find = func(a uint64) uint64 {
		p, ok := parent[a]
		if !ok || p == a {
			parent[a] = a
			return a
		}
		r := find(p)
		parent[a] = r
		return r
	}
	var e Edge
	for edges(&e) {
		a, b := find(e.A), find(e.B)
		if a < b {
			parent[b] = a
		} else if b < a {
			parent[a] = b
		}
	}
	for l := range parent {
		emit(l, find(l))
	}
}

// relabelFn gives each report its event's label: its own, or the one its
// label was settled to.
func relabelFn(label uint64, ids func(*uint64) bool, roots func(*uint64) bool, emit func(uint64, uint64)) {
	var r uint64
	for roots(&r) {
		label = r
	}
	var id uint64
	for ids(&id) {
		emit(id, label)
	}
}

// labelled joins the reports with their event's label (none for a report
// that is an event alone): keyed by report.
func labelled(s beam.Scope, reports, labels beam.PCollection) beam.PCollection {
	return beam.CoGroupByKey(s, beam.ParDo(s, byKey, reports), labels)
}

func byKey(r Report) (uint64, Report) { return r.Key, r }

// PinReq is a pin an event asks for: article A is read from Day (in
// Zone) by the report of Source; First sorts the requests as Pin takes
// them (the event's least report, then the pinned report).
type PinReq struct {
	First, File, ArtOrder string
	Seq                   int
	Day                   int64
	Zone                  string
	ZoneOff               int
	RelDay                int
	Source                string
	Date                  string
}

// pinsFn takes each event's reports, and asks for the pins it makes.
func pinsFn(_ uint64, reports func(*Report) bool, emit func(string, PinReq)) {
	var rs []Report
	var r Report
	for reports(&r) {
		r.Event = nil
		rs = append(rs, r)
	}
	slices.SortFunc(rs, func(a, b Report) int { return cmp.Compare(a.Order, b.Order) })
	var fixed *Report
	for k := range rs {
		if rs[k].Fixes {
			fixed = &rs[k]
			break
		}
	}
	if fixed == nil {
		return
	}
	for _, r := range rs {
		if !r.Pinnable {
			continue
		}
		emit(r.ArtOrder, PinReq{First: rs[0].Order + "\x01" + r.Order, File: r.File, Seq: r.Seq,
			Day: fixed.Day, Zone: fixed.Zone, ZoneOff: fixed.ZoneOff, RelDay: r.RelDay, Source: fixed.Source, Date: fixed.Date})
	}
}

// firstPin keeps the first pin of an article, keyed by its file.
func firstPin(art string, reqs func(*PinReq) bool, emit func(string, PinReq)) {
	var best, q PinReq
	for reqs(&q) {
		if best.First == "" || q.First < best.First {
			best = q
		}
	}
	best.ArtOrder = art
	emit(best.File, best)
}

// zone is the zone a fixing report's day was in.
func zone(name string, off int) *time.Location {
	if name == "UTC" {
		return time.UTC
	}
	if strings.Contains(name, "/") || name == "Local" {
		if l, err := time.LoadLocation(name); err == nil {
			return l
		}
	}
	return time.FixedZone(name, off)
}

// pinDay is the day a pin reads its article from (timeline.PinDay).
func (q PinReq) pinDay() time.Time {
	day := time.Unix(q.Day, 0).In(zone(q.Zone, q.ZoneOff))
	rel := q.RelDay
	return timeline.PinDay(timeline.Value{From: day}, timeline.Event{Value: timeline.Value{RelDay: &rel}})
}

// Art is what the chronology lists of an article: its entry and its
// undated events (a JSON chronology of them).
type Art struct {
	Order string
	JSON  []byte
}

func artOf(res timeline.Result, order string) (Art, error) {
	var b bytes.Buffer
	c := timeline.Merge([]timeline.Result{res})
	c.Events = nil
	if err := export.JSON(&b, c); err != nil {
		return Art{}, err
	}
	return Art{order, b.Bytes()}, nil
}

// Out is one event of the chronology, as written: Sort orders it as
// MergeWith does.
type Out struct {
	Sort  string
	Event []byte
}

// eventsFn makes one event of each event's reports (timeline.JoinEvents),
// and passes a report that is an event alone as it is.
func eventsFn(key uint64, reports func(*Report) bool, labels func(*uint64) bool, alone func(Out), joined func(uint64, Report)) error {
	var r, other Report
	if !reports(&r) {
		return nil
	}
	if reports(&other) {
		return fmt.Errorf("reports %q and %q have one key, %x: rename one", r.Order, other.Order, key)
	}
	var label uint64
	if labels(&label) {
		joined(label, r)
		return nil
	}
	e, _, err := readEvent(r.Event)
	if err != nil {
		return err
	}
	alone(Out{outOrder(e, r, "1"+r.Order), r.Event})
	return nil
}

// joinFn joins the reports of one event.
func joinFn(_ uint64, reports func(*Report) bool, emit func(Out)) error {
	var rs []Report
	var r Report
	for reports(&r) {
		rs = append(rs, r)
	}
	slices.SortFunc(rs, func(a, b Report) int { return cmp.Compare(a.Order, b.Order) })
	evs := make([]timeline.Event, len(rs))
	// The sources' articles go with the event: the JSON says a value in
	// its first source's language.
	var infos []timeline.ArticleInfo
	seen := map[string]bool{}
	for k, r := range rs {
		e, as, err := readEvent(r.Event)
		if err != nil {
			return err
		}
		evs[k] = e
		if !seen[r.Article] {
			seen[r.Article] = true
			infos = append(infos, as...)
		}
	}
	e := timeline.JoinEvents(evs)
	var b bytes.Buffer
	if err := export.JSON(&b, timeline.Chronology{Articles: infos, Events: []timeline.Event{e}}); err != nil {
		return err
	}
	emit(Out{outOrder(e, rs[0], "0"+rs[0].Order), b.Bytes()})
	return nil
}

// readEvent reads back an event written with its articles.
func readEvent(b []byte) (timeline.Event, []timeline.ArticleInfo, error) {
	c, err := export.ReadJSON(bytes.NewReader(b))
	if err != nil {
		return timeline.Event{}, nil, err
	}
	if len(c.Events) != 1 {
		return timeline.Event{}, nil, fmt.Errorf("want one event, got %d", len(c.Events))
	}
	return c.Events[0], c.Articles, nil
}

// outOrder sorts events as MergeWith's last sort does: From, To latest
// first, article ID, offset; ties as its stable sort leaves them (joined
// events in the order of their first report, then the others).
// The event's first source is its first report's (first): its article
// ID, and its offset in the normalised text, which the JSON does not hold.
func outOrder(e timeline.Event, first Report, tie string) string {
	return fmt.Sprintf("%s%s%s\x00%012d%s", timeKey(e.Value.From, false), timeKey(e.Value.To, true), first.ArtID, first.Offset, tie)
}

// repinFn reads again the articles of one file that a pin reads from
// another day (timeline.PinArticle), and emits what the merge needs of
// them as pinned, and which articles they replace. These articles alone
// (dated by their month, another source giving their day) are processed
// twice.
type repinFn struct {
	Settings Settings
	p        *proc
}

func (f *repinFn) Setup() error {
	p, err := newProc(f.Settings)
	f.p = p
	return err
}

func (f *repinFn) ProcessElement(ctx context.Context, file string, reqs func(*PinReq) bool,
	reports func(Report), arts func(Art), replaced func(string)) error {
	bySeq := map[int]PinReq{}
	var q PinReq
	for reqs(&q) {
		bySeq[q.Seq] = q
	}
	want := map[int]bool{}
	for seq := range bySeq {
		want[seq] = true
	}
	for seq, a := range f.p.readAgain(ctx, file, want) {
		q := bySeq[seq]
		res, err := f.p.Process(ctx, a)
		if err != nil {
			return err // it was processed once already: no input's fault
		}
		by := timeline.Provenance{Source: q.Source, Date: timeline.Value{Timex: q.Date}}
		res, ok := timeline.PinArticle(res, q.pinDay(), by, f.p.MergeOptions())
		if !ok {
			continue
		}
		replaced(q.ArtOrder)
		if err := emitArticle(res, f.p.MergeOptions(), q.ArtOrder, file, seq, reports, arts); err != nil {
			return err
		}
	}
	return f.p.err
}

// keepFn keeps an article's reports unless it was pinned.
func keepFn(_ string, reports func(*Report) bool, replaced func(*int) bool, emit func(Report)) {
	var n int
	if replaced(&n) {
		return
	}
	var r Report
	for reports(&r) {
		emit(r)
	}
}

// keepArtFn keeps an article's entry, or its entry as pinned.
func keepArtFn(_ string, arts func(*Art) bool, pinned func(*Art) bool, emit func(Art)) {
	var a Art
	if pinned(&a) {
		emit(a)
		return
	}
	if arts(&a) {
		emit(a)
	}
}

// onlyJoined keeps the reports of an event of several, keyed by it.
func onlyJoined(_ uint64, reports func(*Report) bool, labels func(*uint64) bool, emit func(uint64, Report)) {
	var r Report
	var label uint64
	if reports(&r) && labels(&label) {
		emit(label, r)
	}
}

func byArt(r Report) (string, Report)   { return r.ArtOrder, r }
func artKey(a Art) (string, Art)        { return a.Order, a }
func marked(order string) (string, int) { return order, 1 }

// lightFn drops a report's event: what finds events and pins needs not
// move it.
func lightFn(r Report) Report {
	r.Event = nil
	return r
}
